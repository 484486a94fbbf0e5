-- Driven by test_neovim.py: Neovim headless with editors/nvim, through Neovim's own LSP client.
-- Reads CLI_INPUT_LS_BIN, CLI_INPUT_LS_SCHEMAS, INPUT_FILE, PACKAGE_FILE, COMPOSE_FILE, RESULT_FILE from the
-- environment and
-- writes what it saw to RESULT_FILE as JSON, then quits.
local env = vim.env
local result = { steps = {} }

local function finish()
  local file = io.open(env.RESULT_FILE, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  require('cli_input_ls').setup({
    cmd = { env.CLI_INPUT_LS_BIN, 'serve' },
    init_options = { modelDirectories = { env.CLI_INPUT_LS_SCHEMAS } },
  })

  vim.cmd('edit ' .. vim.fn.fnameescape(env.INPUT_FILE))
  local input = vim.api.nvim_get_current_buf()
  vim.wait(20000, function() return #vim.diagnostic.get(input) > 0 end, 50)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(input)) do
    table.insert(result.diagnostics, {
      code = d.code, lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, message = d.message,
    })
  end

  -- Completion inside the Values array: on the empty string "" after the first value.
  local lines = vim.api.nvim_buf_get_lines(input, 0, -1, false)
  local line_index, column
  for i, line in ipairs(lines) do
    local found = line:find('""', 1, true)
    if found then
      line_index, column = i - 1, found -- 0-based column of the character after the first quote
      break
    end
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(input) },
    position = { line = line_index, character = column },
  }
  local responses = vim.lsp.buf_request_sync(input, 'textDocument/completion', params, 10000) or {}
  result.completion = {}
  for _, response in pairs(responses) do
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do
      table.insert(result.completion, item.label)
    end
  end

  -- Unrelated files: the server publishes (an empty list) for every opened document, so wait until the buffer
  -- is attached, then a moment, and count the errors.
  local function unrelated(file)
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local buffer = vim.api.nvim_get_current_buf()
    vim.wait(10000, function() return #vim.lsp.buf_get_clients(buffer) > 0 end, 50)
    vim.wait(1500, function() return false end, 50)
    return #vim.diagnostic.get(buffer, { severity = vim.diagnostic.severity.ERROR }),
      #vim.lsp.buf_get_clients(buffer) > 0
  end
  result.package_errors, result.package_attached = unrelated(env.PACKAGE_FILE)
  result.compose_errors, result.compose_attached = unrelated(env.COMPOSE_FILE)
end)

if not ok then
  result.error = tostring(err)
end
finish()
