/* vb_io_xml_tok.c - the XML tokenizer of the XML formats (vb_io_impl.h):
 * a pull parser over memory for what VTK's XML files hold (a declaration,
 * comments, elements with attributes, character data, the raw bytes of
 * <AppendedData> left to the reader).  End tags must match, nesting is
 * limited (VB__XML_MAX_DEPTH), and every error names line and byte. */
#include "vb_io_impl.h"

#include <string.h>

static const char WHAT[] = "XML VTK file:";

static int fail(vb__xml *x, size_t at, const char *msg) {
  return vb__io_fail_at(WHAT, x->p, at, VB_EINVAL, "%s", msg);
}

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_name(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':' ||
         c == '-' || c == '.' || c >= 0x80;
}

void vb__xml_init(vb__xml *x, const void *p, size_t n) {
  memset(x, 0, sizeof *x);
  x->p = p, x->n = n;
}

/* skip past the first occurrence of s from x->pos; 0 if absent */
static int skip_past(vb__xml *x, const char *s) {
  size_t k = strlen(s);
  for (; x->pos + k <= x->n; x->pos++)
    if (!memcmp(x->p + x->pos, s, k)) {
      x->pos += k;
      return 1;
    }
  return 0;
}

static size_t name(vb__xml *x) {
  size_t s = x->pos;
  while (x->pos < x->n && is_name(x->p[x->pos])) x->pos++;
  return x->pos - s;
}

static int start_tag(vb__xml *x) {
  size_t at = x->pos++;
  x->name = (const char *)x->p + x->pos;
  if (!(x->name_len = name(x))) return fail(x, at, "a tag without a name");
  x->nattr = 0;
  for (;;) {
    size_t an, q;
    while (x->pos < x->n && is_ws(x->p[x->pos])) x->pos++;
    if (x->pos >= x->n) return fail(x, at, "the file ends inside a tag");
    if (x->p[x->pos] == '>' || (x->p[x->pos] == '/' && x->pos + 1 < x->n && x->p[x->pos + 1] == '>')) break;
    if (x->nattr == VB__XML_MAX_ATTRS) return fail(x, x->pos, "more than 32 attributes");
    x->attr[x->nattr].name = (const char *)x->p + x->pos;
    if (!(an = name(x))) return fail(x, x->pos, "a bad character in a tag");
    x->attr[x->nattr].name_len = an;
    while (x->pos < x->n && is_ws(x->p[x->pos])) x->pos++;
    if (x->pos >= x->n || x->p[x->pos] != '=') return fail(x, x->pos, "an attribute without '='");
    x->pos++;
    while (x->pos < x->n && is_ws(x->p[x->pos])) x->pos++;
    if (x->pos >= x->n || (x->p[x->pos] != '"' && x->p[x->pos] != '\'')) return fail(x, x->pos, "an unquoted attribute value");
    q = x->pos++;
    x->attr[x->nattr].value = (const char *)x->p + x->pos;
    while (x->pos < x->n && x->p[x->pos] != x->p[q] && x->p[x->pos] != '<') x->pos++;
    if (x->pos >= x->n || x->p[x->pos] == '<') return fail(x, q, "an attribute value without its closing quote");
    x->attr[x->nattr].value_len = x->pos - q - 1;
    x->pos++;
    x->nattr++;
  }
  x->empty = x->p[x->pos] == '/';
  x->pos += x->empty ? 2 : 1;
  if (!x->empty) {
    if (x->depth == VB__XML_MAX_DEPTH) return fail(x, at, "elements nested deeper than 64");
    x->stack[x->depth] = x->name, x->stack_len[x->depth] = x->name_len, x->depth++;
  }
  x->kind = VB__XML_START;
  return VB_OK;
}

int vb__xml_next(vb__xml *x) {
  for (;;) {
    size_t at = x->pos;
    if (x->pos >= x->n) {
      if (x->depth) return fail(x, at, "the file ends inside an element");
      x->kind = VB__XML_EOF;
      return VB_OK;
    }
    if (x->p[x->pos] != '<') { /* character data up to the next tag */
      x->text = (const char *)x->p + x->pos;
      while (x->pos < x->n && x->p[x->pos] != '<') x->pos++;
      x->text_len = x->pos - at;
      if (!x->depth) {
        size_t k;
        for (k = 0; k < x->text_len; k++)
          if (!is_ws((unsigned char)x->text[k])) return fail(x, at + k, "text outside the root element");
        continue;
      }
      x->kind = VB__XML_TEXT;
      return VB_OK;
    }
    if (x->pos + 1 < x->n && (x->p[x->pos + 1] == '?' || x->p[x->pos + 1] == '!')) {
      const char *end = x->p[x->pos + 1] == '?' ? "?>" : x->pos + 3 < x->n && !memcmp(x->p + x->pos, "<!--", 4) ? "-->" : ">";
      if (!skip_past(x, end)) return fail(x, at, "an unterminated declaration or comment");
      continue;
    }
    if (x->pos + 1 < x->n && x->p[x->pos + 1] == '/') {
      size_t len;
      x->pos += 2;
      x->name = (const char *)x->p + x->pos;
      len = name(x);
      while (x->pos < x->n && is_ws(x->p[x->pos])) x->pos++;
      if (x->pos >= x->n || x->p[x->pos] != '>') return fail(x, at, "a bad end tag");
      x->pos++;
      if (!x->depth || x->stack_len[x->depth - 1] != len || memcmp(x->stack[x->depth - 1], x->name, len) != 0)
        return fail(x, at, "an end tag that closes no open element");
      x->depth--;
      x->name_len = len;
      x->kind = VB__XML_END;
      return VB_OK;
    }
    return start_tag(x);
  }
}

const char *vb__xml_attr(const vb__xml *x, const char *name, size_t *len) {
  size_t k = strlen(name);
  int i;
  for (i = 0; i < x->nattr; i++)
    if (x->attr[i].name_len == k && !memcmp(x->attr[i].name, name, k)) {
      *len = x->attr[i].value_len;
      return x->attr[i].value;
    }
  return NULL;
}

size_t vb__xml_decode(const char *s, size_t n, char *out, size_t cap) {
  static const struct { const char *e; char c; } ents[] = {
    {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
  };
  size_t i, o = 0, k;
  for (i = 0; i < n && o + 1 < cap; i++) {
    if (s[i] == '&')
      for (k = 0; k < sizeof ents / sizeof *ents; k++) {
        size_t l = strlen(ents[k].e);
        if (i + l <= n && !memcmp(s + i, ents[k].e, l)) {
          out[o++] = ents[k].c;
          i += l - 1;
          break;
        }
      }
    else
      k = 0, out[o++] = s[i];
    if (s[i] == '&' && k == sizeof ents / sizeof *ents) out[o++] = '&';
  }
  if (cap) out[o] = '\0';
  return o;
}
