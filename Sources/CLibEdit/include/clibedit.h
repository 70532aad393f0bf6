#ifndef CLIBEDIT_H
#define CLIBEDIT_H
// Plain (non-variadic) C functions over libedit's wide-character API, so Swift can call them.
// The EditLine and HistoryW handles stay hidden behind the opaque clibedit_editor.
#include <wchar.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One line editor: an EditLine, its HistoryW, the current prompt and the completion hook.
typedef struct clibedit_editor clibedit_editor;

/// What a key handler asks libedit to do after it ran (mirrors libedit's CC_* codes).
enum clibedit_key_result {
    CLIBEDIT_KEY_REFRESH = 0,      ///< the line changed: redraw it
    CLIBEDIT_KEY_REFRESH_BEEP = 1, ///< redraw and ring the bell
    CLIBEDIT_KEY_REDISPLAY = 2,    ///< text was printed below: draw prompt and line afresh
    CLIBEDIT_KEY_ERROR = 3,        ///< nothing to do: ring the bell
    CLIBEDIT_KEY_NORMAL = 4        ///< nothing changed on screen
};

/// Called when Tab is pressed; `context` is the pointer given to clibedit_set_completion.
typedef int (*clibedit_completion_fn)(void *context, clibedit_editor *editor);

/// Makes the character locale UTF-8 (the user's if it is UTF-8, else C.UTF-8). Returns 1 when UTF-8.
int clibedit_use_utf8_locale(void);

/// Creates an editor reading stdin and writing stdout (emacs keys, signals handled, history attached).
/// Returns NULL when libedit cannot be initialised.
clibedit_editor *clibedit_create(const char *program_name, int history_size);
/// Restores the terminal and frees the editor.
void clibedit_destroy(clibedit_editor *editor);
/// Whether the editor reads from a terminal (0 means libedit reads plain lines).
int clibedit_is_interactive(const clibedit_editor *editor);

/// Sets the prompt (UTF-32, NUL-terminated). Characters between two \1 marks take no screen space.
int clibedit_set_prompt(clibedit_editor *editor, const wchar_t *prompt);
/// Registers the Tab handler; `context` is handed back to it unchanged.
void clibedit_set_completion(clibedit_editor *editor, clibedit_completion_fn function, void *context);

/// Reads one line. Returns the wide text (valid until the next call), or NULL with *count = 0 on
/// end of input and *count = -1 on an error or interruption (then *error_number holds errno).
const wchar_t *clibedit_read_line(clibedit_editor *editor, int *count, int *error_number);

/// The line being edited: its text, its length in characters and the cursor offset.
const wchar_t *clibedit_current_line(clibedit_editor *editor, int *length, int *cursor);
/// Inserts text (UTF-32, NUL-terminated) at the cursor. Returns 0 on success.
int clibedit_insert(clibedit_editor *editor, const wchar_t *text);
/// Deletes `count` characters before the cursor.
void clibedit_delete_before_cursor(clibedit_editor *editor, int count);
/// Writes UTF-8 text to the editor's output and flushes it.
void clibedit_write(clibedit_editor *editor, const char *text);
/// The terminal width in columns as libedit sees it (80 when unknown).
int clibedit_columns(clibedit_editor *editor);

/// Adds a line to the in-memory history (UTF-32, NUL-terminated).
void clibedit_history_add(clibedit_editor *editor, const wchar_t *line);
/// Empties the in-memory history.
void clibedit_history_clear(clibedit_editor *editor);

/// Installs the SIGINT handler that only raises the interrupt flag (idempotent).
int clibedit_install_sigint_handler(void);
/// Puts back what SIGINT did before `clibedit_install_sigint_handler` (usually: end the process).
int clibedit_uninstall_sigint_handler(void);
/// Returns 1 and lowers the flag when SIGINT arrived since the last call, else 0.
int clibedit_consume_sigint(void);
/// Reads the interrupt flag without lowering it.
int clibedit_sigint_pending(void);
/// Raises the interrupt flag (for tests and for code that wants to cancel the current command).
void clibedit_raise_sigint_flag(void);

#ifdef __cplusplus
}
#endif
#endif
