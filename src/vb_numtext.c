/* vb_numtext.c - the core's number text: printf-style formatting
 * (vb__snprintf: %d %i %u %x %c %s %g %%, lengths l ll z, a precision or .*),
 * a double's decimal digits (vb__digits) and
 * number parsing (vb__strtod, vb__strtof, vb__strtoi), in the same bytes as the C
 * library's.  Natively and in Pyodide (whose main module has libc anyway) they
 * are libc's.  The JS build (VB_JS) has its own, small and without long double:
 * libc's printf/strtod pull 11 KB gzipped of long double arithmetic into the
 * .wasm; only the exactly rounded decimal digits of a double come from the JS
 * engine (toExponential, Number; wasm/vb_js.c).  tests/c/test_numtext.c builds
 * the own ones natively (VB_NUMTEXT_OWN, digits from libc's %e) against libc. */
#include "vb_internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef VB_JS
static int libc_digits(double x, int p, char *out) {
  char b[64];
  int k;
  snprintf(b, sizeof b, "%.*e", p - 1, x); /* d.ddd...e+XX */
  out[0] = b[0];
  for (k = 1; k < p; k++) out[k] = b[k + 1];
  return atoi(strchr(b, 'e') + 1);
}
#define DIGITS libc_digits
#else
/* wasm/vb_js.c: x's first p (<= 40) decimal digits, rounded half to even, into
 * out; returns the decimal exponent of the first (x finite, >= 0) */
int vb__js_digits(double x, int p, char *out);
double vb__js_strtod(const char *s, int n); /* the decimal text s[0..n) as a double */
#define DIGITS vb__js_digits
#endif

int vb__digits(double x, int p, char *out) { return DIGITS(x, p, out); }

#if !defined(VB_JS) && !defined(VB_NUMTEXT_OWN)
/* vb__snprintf, vb__vsnprintf: snprintf, vsnprintf (vb_internal.h) */
float vb__strtof(const char *s, const char **end) {
  const char *q = s + (*s == '-' || *s == '+');
  char *e;
  float f;
  if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) {
    *end = q + 1;
    return *s == '-' ? -0.0f : 0.0f;
  }
  f = strtof(s, &e);
  *end = e;
  return f;
}

double vb__strtod(const char *s, const char **end) {
  const char *q = s + (*s == '-' || *s == '+');
  char *e;
  double d;
  if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) { /* decimal only, as the JS build's */
    *end = q + 1;
    return *s == '-' ? -0.0 : 0.0;
  }
  d = strtod(s, &e);
  *end = e;
  return d;
}

unsigned long long vb__strtoi(const char *s, const char **end) {
  char *e;
  unsigned long long u = *s == '-' ? (unsigned long long)strtoll(s, &e, 0) : strtoull(s, &e, 0);
  *end = e;
  return u;
}
#else
/* strtof as the double's nearest float: differs from a direct rounding only
 * for text within 2^-53 of the midpoint of two floats */
float vb__strtof(const char *s, const char **end) { return (float)vb__strtod(s, end); }

typedef struct {
  char *buf;
  size_t cap, n;
} sink;

static void put(sink *s, const char *p, size_t k) {
  for (; k; k--, p++, s->n++)
    if (s->n + 1 < s->cap) s->buf[s->n] = *p;
}

/* %.<p>g of d (as C: the shorter of %e and %f, trailing zeros dropped) */
static void put_g(sink *s, double d, int p) {
  char dg[40], e[8];
  int x, n, i, k;
  if (signbit(d)) put(s, "-", 1), d = -d;
  if (isnan(d) || isinf(d)) {
    put(s, isnan(d) ? "nan" : "inf", 3);
    return;
  }
  p = p < 1 ? 1 : p > 40 ? 40 : p;
  x = DIGITS(d, p, dg);
  for (n = p; n > 1 && dg[n - 1] == '0'; n--) {} /* significant digits kept */
  if (x >= -4 && x < p) {
    if (x < 0) {
      put(s, "0.", 2);
      for (i = x; ++i < 0;) put(s, "0", 1);
      put(s, dg, (size_t)n);
      return;
    }
    put(s, dg, (size_t)x + 1);
    if (n > x + 1) put(s, ".", 1), put(s, dg + x + 1, (size_t)(n - x - 1));
    return;
  }
  put(s, dg, 1);
  if (n > 1) put(s, ".", 1), put(s, dg + 1, (size_t)n - 1);
  e[0] = 'e';
  e[1] = x < 0 ? '-' : '+';
  x = x < 0 ? -x : x;
  k = x >= 100 ? 3 : 2;
  for (i = k; i; i--, x /= 10) e[1 + i] = (char)('0' + x % 10);
  put(s, e, (size_t)k + 2);
}

int vb__vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap) {
  sink s = {buf, cap, 0};
  for (; *fmt; fmt++) {
    const char *t = fmt;
    int prec = -1, len = 0, neg = 0;
    unsigned long long u;
    char dg[24], *q = dg + sizeof dg;
    if (*fmt != '%') {
      for (; fmt[1] && fmt[1] != '%'; fmt++) {}
      put(&s, t, (size_t)(fmt - t) + 1);
      continue;
    }
    if (*++fmt == '.') {
      if (fmt[1] == '*')
        prec = va_arg(ap, int), fmt += 2;
      else
        for (prec = 0; *++fmt >= '0' && *fmt <= '9';) prec = prec * 10 + *fmt - '0';
    }
    for (; *fmt == 'l' || *fmt == 'z'; fmt++) len += *fmt == 'z' ? 3 : 1;
    switch (*fmt) {
    case 'd':
    case 'i': {
      long long v = len == 3   ? va_arg(ap, ptrdiff_t)
                    : len >= 2 ? va_arg(ap, long long)
                    : len      ? va_arg(ap, long)
                               : va_arg(ap, int);
      neg = v < 0;
      u = neg ? 0ull - (unsigned long long)v : (unsigned long long)v;
      goto number;
    }
    case 'u':
    case 'x':
      u = len == 3   ? va_arg(ap, size_t)
          : len >= 2 ? va_arg(ap, unsigned long long)
          : len      ? va_arg(ap, unsigned long)
                     : va_arg(ap, unsigned);
    number:
      do *--q = "0123456789abcdef"[u % (*fmt == 'x' ? 16 : 10)];
      while ((u /= (*fmt == 'x' ? 16 : 10)));
      if (neg) *--q = '-';
      put(&s, q, (size_t)(dg + sizeof dg - q));
      break;
    case 'c':
      dg[0] = (char)va_arg(ap, int);
      put(&s, dg, 1);
      break;
    case 's': {
      const char *str = va_arg(ap, const char *);
      size_t k = 0;
      if (!str) str = "(null)";
      while (str[k] && (prec < 0 || k < (size_t)prec)) k++;
      put(&s, str, k);
      break;
    }
    case 'g': put_g(&s, va_arg(ap, double), prec < 0 ? 6 : prec); break;
    case '%': put(&s, "%", 1); break;
    default: put(&s, t, (size_t)(fmt - t) + (*fmt != 0)); if (!*fmt) fmt--;
    }
  }
  if (cap) buf[s.n < cap ? s.n : cap - 1] = '\0';
  return s.n > INT32_MAX ? -1 : (int)s.n;
}

int vb__snprintf(char *buf, size_t cap, const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vb__vsnprintf(buf, cap, fmt, ap);
  va_end(ap);
  return n;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int digit(int c, int base) {
  int v = c >= '0' && c <= '9' ? c - '0' : lower(c) >= 'a' && lower(c) <= 'z' ? lower(c) - 'a' + 10 : 99;
  return v < base ? v : -1;
}
static int word(const char *p, const char *w) { /* p starts with w, any case */
  for (; *w; p++, w++)
    if (lower((unsigned char)*p) != *w) return 0;
  return 1;
}

/* strtod for decimal text ("0x1" reads 0, no hexadecimal): sign, digits with an optional
 * point, an optional exponent; inf, infinity, nan, nan(chars), any case */
double vb__strtod(const char *s, const char **end) {
  const char *p = s + (*s == '-' || *s == '+'), *q;
  int nd = 0;
  *end = s;
  if (word(p, "inf")) {
    *end = p + (word(p, "infinity") ? 8 : 3);
    return *s == '-' ? -INFINITY : INFINITY;
  }
  if (word(p, "nan")) {
    p += 3;
    if (*p == '(') {
      for (q = p + 1; *q == '_' || digit((unsigned char)*q, 36) >= 0; q++) {}
      if (*q == ')') p = q + 1;
    }
    *end = p;
    return *s == '-' ? -NAN : NAN;
  }
  for (; *p >= '0' && *p <= '9'; p++) nd++;
  if (*p == '.')
    for (p++; *p >= '0' && *p <= '9'; p++) nd++;
  if (!nd) return 0;
  if (lower((unsigned char)*p) == 'e') {
    q = p + 1 + (p[1] == '-' || p[1] == '+');
    if (*q >= '0' && *q <= '9')
      for (p = q; *p >= '0' && *p <= '9'; p++) {}
  }
  *end = p;
#ifdef VB_JS
  return vb__js_strtod(s, (int)(p - s));
#else
  q = s + (*s == '-' || *s == '+');
  if (q[0] == '0' && lower((unsigned char)q[1]) == 'x') return *s == '-' ? -0.0 : 0.0; /* "0" of "0x" */
  return strtod(s, NULL);
#endif
}

/* strtoull / strtoll (neg: s starts with '-') with base 0: 0x hexadecimal, 0
 * octal, else decimal; saturates at ULLONG_MAX / LLONG_MIN */
unsigned long long vb__strtoi(const char *s, const char **end) {
  const char *p = s + (*s == '-' || *s == '+');
  int base = 10, v, over = 0;
  unsigned long long u = 0;
  *end = s;
  if (*p == '0') {
    *end = p + 1; /* "0" at least, even if an "x" follows without a digit */
    base = lower((unsigned char)p[1]) == 'x' && digit((unsigned char)p[2], 16) >= 0 ? (p += 2, 16) : 8;
  }
  for (; (v = digit((unsigned char)*p, base)) >= 0; p++, *end = p) {
    if (u > (UINT64_MAX - (unsigned)v) / (unsigned)base) over = 1;
    u = u * (unsigned)base + (unsigned)v;
  }
  if (*s == '-') return over || u > (1ull << 63) ? 1ull << 63 : 0ull - u;
  return over ? UINT64_MAX : u;
}
#endif
