;;; emacs_check.el --- driven by test_emacs.py: Emacs in batch with eglot and editors/emacs  -*- lexical-binding: t; -*-
;; Reads CLI_INPUT_LS_BIN, CLI_INPUT_LS_SCHEMAS, INPUT_FILE, RESULT_FILE from the environment; writes the flymake
;; diagnostics eglot received as JSON lines.  In --batch, `eglot-ensure' does nothing, so `eglot' is called with
;; the mode, a transient project and the contact that `cli-input-ls' registers.
(require 'eglot)
(require 'flymake)
(require 'json)
(require 'cli-input-ls)

(setq cli-input-ls-command (list (getenv "CLI_INPUT_LS_BIN") "serve"))
(setq cli-input-ls-initialization-options
      (list :modelDirectories (vector (getenv "CLI_INPUT_LS_SCHEMAS"))))

(let* ((file (getenv "INPUT_FILE"))
       (result (getenv "RESULT_FILE"))
       (lines nil))
  (find-file file)
  (let ((contact (funcall (cdr (assoc cli-input-ls-modes eglot-server-programs)))))
    (eglot (list major-mode) (cons 'transient (file-name-directory file)) 'eglot-lsp-server contact "json"))
  (with-timeout (30 (push "timeout" lines))
    (while (null (flymake-diagnostics))
      (accept-process-output nil 0.1)))
  (dolist (d (flymake-diagnostics))
    (let ((begin (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
      (push (json-encode
             (list (cons 'text (flymake-diagnostic-text d))
                   (cons 'type (symbol-name (flymake-diagnostic-type d)))
                   (cons 'line (line-number-at-pos begin))
                   (cons 'column (save-excursion (goto-char begin) (current-column)))
                   (cons 'text_at (buffer-substring-no-properties begin end))))
            lines)))
  (with-temp-file result (insert (mapconcat #'identity (nreverse lines) "\n")))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs 0))
