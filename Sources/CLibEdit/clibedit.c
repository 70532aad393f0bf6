// Plain C wrappers over libedit's variadic wide-character API (see include/clibedit.h).
#include "clibedit.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

struct clibedit_editor {
    EditLine *line;
    HistoryW *history;
    wchar_t *prompt;
    clibedit_completion_fn completion;
    void *completion_context;
    int interactive;
};

static const wchar_t empty_prompt[] = L"";

// ---------------------------------------------------------------- locale

static int codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0;
}

int clibedit_use_utf8_locale(void) {
    static const char *fallbacks[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8" };
    if (setlocale(LC_CTYPE, "") != NULL && codeset_is_utf8()) return 1;
    for (size_t i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
        if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && codeset_is_utf8()) return 1;
    }
    return 0;
}

// ---------------------------------------------------------------- callbacks

static clibedit_editor *editor_of(EditLine *line) {
    void *data = NULL;
    if (el_wget(line, EL_CLIENTDATA, &data) != 0) return NULL;
    return (clibedit_editor *)data;
}

static wchar_t *prompt_text(EditLine *line) {
    clibedit_editor *editor = editor_of(line);
    if (editor == NULL || editor->prompt == NULL) return (wchar_t *)empty_prompt;
    return editor->prompt;
}

static unsigned char key_result_code(int result) {
    switch (result) {
    case CLIBEDIT_KEY_REFRESH: return CC_REFRESH;
    case CLIBEDIT_KEY_REFRESH_BEEP: return CC_REFRESH_BEEP;
    case CLIBEDIT_KEY_REDISPLAY: return CC_REDISPLAY;
    case CLIBEDIT_KEY_NORMAL: return CC_NORM;
    default: return CC_ERROR;
    }
}

static unsigned char complete_key(EditLine *line, int key) {
    (void)key;
    clibedit_editor *editor = editor_of(line);
    if (editor == NULL || editor->completion == NULL) return CC_ERROR;
    return key_result_code(editor->completion(editor->completion_context, editor));
}

// ---------------------------------------------------------------- life cycle

static void bind_keys(EditLine *line) {
    el_wset(line, EL_ADDFN, L"kubetutor-complete", L"Complete the word before the cursor", complete_key);
    el_wset(line, EL_BIND, L"^I", L"kubetutor-complete", NULL);
    el_wset(line, EL_BIND, L"^R", L"em-inc-search-prev", NULL);
    el_wset(line, EL_BIND, L"^W", L"ed-delete-prev-word", NULL);
    // Keys some terminals send that libedit's emacs map does not know by default.
    el_wset(line, EL_BIND, L"\\e[H", L"ed-move-to-beg", NULL);
    el_wset(line, EL_BIND, L"\\e[F", L"ed-move-to-end", NULL);
    el_wset(line, EL_BIND, L"\\e[1~", L"ed-move-to-beg", NULL);
    el_wset(line, EL_BIND, L"\\e[4~", L"ed-move-to-end", NULL);
    el_wset(line, EL_BIND, L"\\e[3~", L"ed-delete-next-char", NULL);
    el_wset(line, EL_BIND, L"\\e[1;5C", L"em-next-word", NULL);
    el_wset(line, EL_BIND, L"\\e[1;5D", L"ed-prev-word", NULL);
}

clibedit_editor *clibedit_create(const char *program_name, int history_size) {
    clibedit_editor *editor = calloc(1, sizeof *editor);
    if (editor == NULL) return NULL;
    editor->history = history_winit();
    editor->line = el_init(program_name, stdin, stdout, stderr);
    if (editor->history == NULL || editor->line == NULL) {
        clibedit_destroy(editor);
        return NULL;
    }
    HistEventW event;
    history_w(editor->history, &event, H_SETSIZE, history_size > 0 ? history_size : 1);
    history_w(editor->history, &event, H_SETUNIQUE, 1);

    EditLine *line = editor->line;
    el_wset(line, EL_CLIENTDATA, (void *)editor);
    el_wset(line, EL_EDITOR, L"emacs");
    el_wset(line, EL_SIGNAL, 1);
    el_wset(line, EL_PROMPT_ESC, prompt_text, L'\1');
    el_wset(line, EL_HIST, history_w, editor->history);
    bind_keys(line);
    editor->interactive = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    return editor;
}

void clibedit_destroy(clibedit_editor *editor) {
    if (editor == NULL) return;
    if (editor->line != NULL) el_end(editor->line);
    if (editor->history != NULL) history_wend(editor->history);
    free(editor->prompt);
    free(editor);
}

int clibedit_is_interactive(const clibedit_editor *editor) {
    return editor != NULL && editor->interactive;
}

int clibedit_set_prompt(clibedit_editor *editor, const wchar_t *prompt) {
    wchar_t *copy = wcsdup(prompt != NULL ? prompt : empty_prompt);
    if (copy == NULL) return -1;
    free(editor->prompt);
    editor->prompt = copy;
    return 0;
}

void clibedit_set_completion(clibedit_editor *editor, clibedit_completion_fn function, void *context) {
    editor->completion = function;
    editor->completion_context = context;
}

// ---------------------------------------------------------------- reading and editing

const wchar_t *clibedit_read_line(clibedit_editor *editor, int *count, int *error_number) {
    int read_count = 0;
    errno = 0;
    const wchar_t *text = el_wgets(editor->line, &read_count);
    if (error_number != NULL) *error_number = errno;
    if (count != NULL) *count = read_count;
    return text;
}

const wchar_t *clibedit_current_line(clibedit_editor *editor, int *length, int *cursor) {
    const LineInfoW *info = el_wline(editor->line);
    if (info == NULL || info->buffer == NULL) {
        *length = 0;
        *cursor = 0;
        return empty_prompt;
    }
    *length = (int)(info->lastchar - info->buffer);
    *cursor = (int)(info->cursor - info->buffer);
    return info->buffer;
}

int clibedit_insert(clibedit_editor *editor, const wchar_t *text) {
    return el_winsertstr(editor->line, text);
}

void clibedit_delete_before_cursor(clibedit_editor *editor, int count) {
    if (count > 0) el_deletestr(editor->line, count);
}

void clibedit_write(clibedit_editor *editor, const char *text) {
    FILE *out = NULL;
    if (el_wget(editor->line, EL_GETFP, 1, &out) != 0 || out == NULL) out = stdout;
    fputs(text, out);
    fflush(out);
}

int clibedit_columns(clibedit_editor *editor) {
    (void)editor;
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

// ---------------------------------------------------------------- history

void clibedit_history_add(clibedit_editor *editor, const wchar_t *line) {
    HistEventW event;
    history_w(editor->history, &event, H_ENTER, line);
}

void clibedit_history_clear(clibedit_editor *editor) {
    HistEventW event;
    history_w(editor->history, &event, H_CLEAR);
}

// ---------------------------------------------------------------- SIGINT flag

static volatile sig_atomic_t sigint_flag = 0;
static volatile sig_atomic_t sigint_handler_installed = 0;
static struct sigaction sigint_previous_action;

static void on_sigint(int signal_number) {
    (void)signal_number;
    sigint_flag = 1;
}

int clibedit_install_sigint_handler(void) {
    if (sigint_handler_installed) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(SIGINT, &action, &sigint_previous_action) != 0) return -1;
    sigint_handler_installed = 1;
    return 0;
}

int clibedit_uninstall_sigint_handler(void) {
    if (!sigint_handler_installed) return 0;
    if (sigaction(SIGINT, &sigint_previous_action, NULL) != 0) return -1;
    sigint_handler_installed = 0;
    return 0;
}

int clibedit_consume_sigint(void) {
    if (!sigint_flag) return 0;
    sigint_flag = 0;
    return 1;
}

int clibedit_sigint_pending(void) { return sigint_flag ? 1 : 0; }

void clibedit_raise_sigint_flag(void) { sigint_flag = 1; }
