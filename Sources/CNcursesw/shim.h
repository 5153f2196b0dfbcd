#ifndef GAINSAY_CNCURSESW_SHIM_H
#define GAINSAY_CNCURSESW_SHIM_H

/* SwiftPM drops the -D_XOPEN_SOURCE=600 that pkg-config emits; without these the wide-character
   API (get_wch, add_wch, cchar_t) stays hidden. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects shared mutable globals (stdscr, COLS, LINES) and cannot import function-like
   macros or variadic functions: everything the adapter needs is wrapped here. */

static inline WINDOW *gainsay_stdscr(void) { return stdscr; }
static inline int gainsay_cols(void) { return COLS; }
static inline int gainsay_lines(void) { return LINES; }
static inline int gainsay_key_resize(void) { return KEY_RESIZE; }
static inline int gainsay_key_mouse(void) { return KEY_MOUSE; }
static inline int gainsay_key_code_yes(void) { return KEY_CODE_YES; }
static inline int gainsay_err(void) { return ERR; }
static inline int gainsay_ok(void) { return OK; }

static inline attr_t gainsay_a_normal(void) { return A_NORMAL; }
static inline attr_t gainsay_a_bold(void) { return A_BOLD; }
static inline attr_t gainsay_a_reverse(void) { return A_REVERSE; }
static inline attr_t gainsay_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gainsay_a_dim(void) { return A_DIM; }
static inline attr_t gainsay_a_italic(void) { return A_ITALIC; }

static inline int gainsay_color_pair_attr(int pair) { return (int)COLOR_PAIR(pair); }

/* Writes one cell: a base character plus up to four combining marks, with attributes and a colour
   pair, at (y, x). Returns ERR when curses refuses (e.g. the bottom-right cell on some terminals). */
static inline int gainsay_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

/* Reads one key: returns the get_wch status (OK, KEY_CODE_YES or ERR) and stores the code. */
static inline int gainsay_get_key(int *code) {
    wint_t ch = 0;
    int status = get_wch(&ch);
    *code = (int)ch;
    return status;
}

static inline mmask_t gainsay_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t gainsay_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t gainsay_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t gainsay_button4_pressed(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t gainsay_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t gainsay_button5_pressed(void) { return 0; }
#endif

/* Opens the terminal like initscr, but returns NULL instead of exiting when TERM is unusable,
   so the caller can restore and report. */
static inline SCREEN *gainsay_newterm(void) { return newterm(NULL, stdout, stdin); }
/* Forces the next refresh to repaint every cell (after a suspend or an unknown screen state). */
static inline int gainsay_clear_on_next_refresh(void) { return clearok(curscr, TRUE); }
static inline int gainsay_colors(void) { return COLORS; }
static inline int gainsay_color_pairs(void) { return COLOR_PAIRS; }
/* Reads the pending mouse event into its parts; returns ERR when there is none. */
static inline int gainsay_get_mouse(int *x, int *y, mmask_t *state) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    *state = event.bstate;
    return OK;
}

#endif
