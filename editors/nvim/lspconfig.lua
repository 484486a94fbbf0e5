-- For nvim-lspconfig users: register cli-input-ls as a server configuration, then enable it as any other:
--
--   require('cli_input_ls_lspconfig')   -- or paste this file into your configuration
--   require('lspconfig').cli_input_ls.setup({ init_options = { modelDirectories = { './models' } } })
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.cli_input_ls then
  configs.cli_input_ls = {
    default_config = {
      cmd = { 'cli-input-ls', 'serve' },
      filetypes = { 'json', 'jsonc', 'yaml', 'sh', 'bash' },
      root_dir = function(fname)
        return util.root_pattern('.cli-input.yaml', '.git')(fname) or util.path.dirname(fname)
      end,
      single_file_support = true,
      settings = { cliInputLs = {} },
    },
    docs = {
      description = 'cli-input-ls: diagnostics, completion and hover for AWS CLI input files (--cli-input-json/-yaml) and aws command lines in shell scripts.',
    },
  }
end
