#include "clibedit.h"
int clibedit_available(void) { return 1; }
