;;; cli-input-ls.el --- AWS CLI input files with cli-input-ls, through eglot or lsp-mode  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, tools

;;; Commentary:

;; cli-input-ls is a language server for AWS CLI input files (--cli-input-json, --cli-input-yaml) and `aws'
;; command lines in shell scripts.  This file registers it with eglot and with lsp-mode, whichever is loaded.
;; The server decides which JSON and YAML files are input files, so attaching it to all of them is safe:
;; unrelated files get no errors.
;;
;;   (add-to-list 'load-path "/path/to/cli-input-ls/editors/emacs")
;;   (require 'cli-input-ls)
;;   ;; eglot:    M-x eglot in an input file, or (add-hook 'js-json-mode-hook #'eglot-ensure)
;;   ;; lsp-mode: M-x lsp

;;; Code:

(defgroup cli-input-ls nil
  "AWS CLI input files with the cli-input-ls language server."
  :group 'tools
  :prefix "cli-input-ls-")

(defcustom cli-input-ls-command '("cli-input-ls" "serve")
  "The command that runs the server."
  :type '(repeat string))

(defcustom cli-input-ls-modes
  '(js-json-mode json-mode json-ts-mode js-mode yaml-mode yaml-ts-mode sh-mode bash-ts-mode)
  "Major modes whose buffers get the server."
  :type '(repeat symbol))

(defcustom cli-input-ls-initialization-options nil
  "Sent as `initializationOptions', a plist such as
\(:modelDirectories [\"./models\"] :cliVersion \"2\" :associations (:jobs/*.json \"ssm list-commands\"))."
  :type 'plist)

(defun cli-input-ls-eglot-contact ()
  "The eglot contact for the server: its command and initialization options."
  (append cli-input-ls-command
          (when cli-input-ls-initialization-options
            (list :initializationOptions cli-input-ls-initialization-options))))

(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs
               (cons cli-input-ls-modes (lambda (&rest _) (cli-input-ls-eglot-contact)))))

(with-eval-after-load 'lsp-mode
  (declare-function lsp-register-client "lsp-mode")
  (declare-function make-lsp-client "lsp-mode")
  (declare-function lsp-stdio-connection "lsp-mode")
  (declare-function lsp-activate-on "lsp-mode")
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection (lambda () cli-input-ls-command))
    :activation-fn (lsp-activate-on "json" "jsonc" "yaml" "shellscript")
    :initialization-options (lambda () cli-input-ls-initialization-options)
    :add-on? t
    :server-id 'cli-input-ls)))

(provide 'cli-input-ls)
;;; cli-input-ls.el ends here
