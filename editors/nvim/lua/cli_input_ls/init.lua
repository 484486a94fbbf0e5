-- cli-input-ls for Neovim's built-in LSP client: Neovim 0.7 (vim.lsp.start_client) through current releases
-- (vim.lsp.start). The server decides which files are AWS CLI input files, so attaching to every JSON, YAML and
-- shell-script buffer is safe: unrelated files get no errors.
local M = {}

M.defaults = {
  -- The command that runs the server.
  cmd = { 'cli-input-ls', 'serve' },
  -- Buffers with these filetypes get the server.
  filetypes = { 'json', 'jsonc', 'yaml', 'sh', 'bash' },
  -- Files whose nearest ancestor holding one of these is the workspace root.
  root_markers = { '.cli-input.yaml', '.git' },
  -- Sent as initializationOptions, e.g. { modelDirectories = { './models' }, cliVersion = '2' }.
  init_options = {},
  -- Returned for workspace/configuration, section cliInputLs (the same keys as init_options).
  settings = {},
}

local started = {} -- root directory -> client id (Neovim 0.7, which has no vim.lsp.start)

local function find_root(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  local current = dir
  while current and current ~= '' do
    for _, marker in ipairs(markers) do
      if vim.loop.fs_stat(current .. '/' .. marker) then
        return current
      end
    end
    local parent = vim.fn.fnamemodify(current, ':h')
    if parent == current then
      break
    end
    current = parent
  end
  return dir
end

--- The client configuration for a buffer.
function M.config(bufnr, opts)
  opts = opts or M.options or M.defaults
  local root = find_root(bufnr, opts.root_markers)
  return {
    name = 'cli-input-ls',
    cmd = opts.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    init_options = opts.init_options,
    settings = { cliInputLs = opts.settings },
  }
end

--- Starts (or reuses) the server for the buffer's workspace and attaches the buffer.
function M.attach(bufnr, opts)
  local config = M.config(bufnr, opts)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = started[config.root_dir]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    started[config.root_dir] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Attaches the server to buffers of the configured filetypes, now and when they open.
function M.setup(opts)
  M.options = vim.tbl_deep_extend('force', {}, M.defaults, opts or {})
  local group = vim.api.nvim_create_augroup('cli_input_ls', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.options.filetypes,
    callback = function(args)
      M.attach(args.buf, M.options)
    end,
  })
  -- Buffers already open when setup runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.options.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr, M.options)
    end
  end
end

return M
