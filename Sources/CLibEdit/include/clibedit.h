#ifndef CLIBEDIT_H
#define CLIBEDIT_H
// Non-variadic wrappers around libedit (filled in by the terminal layer).
int clibedit_available(void);
#endif
