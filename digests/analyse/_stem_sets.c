/* The content-word stems of each of a list of texts, and in how many of the texts each stem
 * occurs: the one pass over every word of every candidate sentence that key points make
 * (digests/analyse/tokens.py, content_stem_sets).
 *
 * Why C: the Python version is already all built-in calls (str.split, a dict look-up per
 * token through map, frozenset, Counter), and mypyc cannot make those faster; what costs is
 * the list of tokens, the iterators between them and a second pass to count. Done in one loop
 * here, without them, it takes about a third less time: on the dev sets (compiled, 27 Nov 2026)
 * stems and counts went from ~70 to ~46 us an article, key points from ~186 to ~150 us, and
 * split + key points + quotes from 46.7x to 53.3x TextRank (bench/bench_analysis.py). The
 * results are the Python version's (tokens.python_stem_sets), which runs where this module was
 * not built; tests/analyse/test_tokens.py compares the two.
 *
 * Tokens are what str.split() gives (runs of characters that are not white space, by the same
 * test, Py_UNICODE_ISSPACE); each is looked up in the memo of stems by token, and a token not
 * there is passed to stem_new, which stems it and records it in the memo. An empty stem is a
 * function word and is left out. For each text it also gives how many of the texts hold each
 * of its stems (in no particular order), which is what key points weigh a sentence by.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Counting: the stems are interned (tokens.py), so one stem is one object, and a small table
 * keyed by its address counts it: no hashing of strings and no Python integers for each word.
 * Each entry also remembers the last text that held its stem, so a stem is added to a text's
 * set and counted once however often the text repeats it. */
typedef struct {
    PyObject *stem; /* borrowed: the texts' sets hold it */
    Py_ssize_t texts; /* how many texts hold it */
    Py_ssize_t last; /* the last text that held it */
} Entry;

typedef struct {
    Entry *entries;
    size_t size; /* a power of two */
    size_t used;
    /* Each text's stems, one text after the other, to read their counts once all are in. */
    PyObject **held; /* borrowed, as above */
    size_t held_count, held_size;
} Table;

static size_t
slot_of(const Table *table, PyObject *stem)
{
    size_t hash = ((size_t)stem >> 4) * (size_t)0x9E3779B97F4A7C15ULL;
    size_t slot = (hash >> 16) & (table->size - 1);
    while (table->entries[slot].stem != NULL && table->entries[slot].stem != stem)
        slot = (slot + 1) & (table->size - 1);
    return slot;
}

static int
grow(Table *table)
{
    size_t size = table->size * 2;
    Entry *entries = PyMem_Calloc(size, sizeof(Entry));
    if (entries == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Entry *old = table->entries;
    size_t old_size = table->size;
    table->entries = entries;
    table->size = size;
    for (size_t i = 0; i < old_size; i++) {
        if (old[i].stem != NULL)
            entries[slot_of(table, old[i].stem)] = old[i];
    }
    PyMem_Free(old);
    return 0;
}

/* Note that the text being read holds ``stem``. */
static int
hold(Table *table, PyObject *stem)
{
    if (table->held_count == table->held_size) {
        size_t size = table->held_size ? table->held_size * 2 : 256;
        PyObject **held = PyMem_Realloc(table->held, size * sizeof(PyObject *));
        if (held == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        table->held = held;
        table->held_size = size;
    }
    table->held[table->held_count++] = stem;
    return 0;
}

/* Add ``stem`` to ``found``, the set of text ``text``, and count it, unless it is there. */
static int
add_stem(Table *table, PyObject *found, Py_ssize_t text, PyObject *stem)
{
    size_t slot = slot_of(table, stem);
    Entry *entry = &table->entries[slot];
    if (entry->stem == stem) {
        if (entry->last == text)
            return 0;
        entry->texts++;
        entry->last = text;
        return PySet_Add(found, stem) < 0 ? -1 : hold(table, stem);
    }
    *entry = (Entry){stem, 1, text};
    if (PySet_Add(found, stem) < 0 || hold(table, stem) < 0)
        return -1;
    return ++table->used * 2 > table->size ? grow(table) : 0;
}

/* For each text, the counts of its stems: a tuple each, in a list. ``ends[i]`` is where text
 * ``i``'s stems end in ``table->held``. The counts are small: Python keeps their int objects. */
static PyObject *
spread_of(const Table *table, const size_t *ends, Py_ssize_t texts)
{
    PyObject *spread = PyList_New(texts);
    if (spread == NULL)
        return NULL;
    size_t start = 0;
    for (Py_ssize_t i = 0; i < texts; i++) {
        PyObject *counts = PyTuple_New((Py_ssize_t)(ends[i] - start));
        if (counts == NULL) {
            Py_DECREF(spread);
            return NULL;
        }
        PyList_SET_ITEM(spread, i, counts);
        for (size_t at = start; at < ends[i]; at++) {
            const Entry *entry = &table->entries[slot_of(table, table->held[at])];
            PyObject *count = PyLong_FromSsize_t(entry->texts);
            if (count == NULL) {
                Py_DECREF(spread);
                return NULL;
            }
            PyTuple_SET_ITEM(counts, (Py_ssize_t)(at - start), count);
        }
        start = ends[i];
    }
    return spread;
}

/* The stem of one token: from the memo, else from stem_new. A new reference. */
static PyObject *
token_stem(PyObject *token, PyObject *memo, PyObject *stem_new)
{
    PyObject *stem = PyDict_GetItemWithError(memo, token); /* borrowed */
    if (stem != NULL) {
        Py_INCREF(stem);
    }
    else {
        if (PyErr_Occurred())
            return NULL;
        stem = PyObject_CallOneArg(stem_new, token);
        if (stem == NULL)
            return NULL;
    }
    if (!PyUnicode_Check(stem)) {
        PyErr_Format(PyExc_TypeError, "a stem must be a str, not %.100s", Py_TYPE(stem)->tp_name);
        Py_DECREF(stem);
        return NULL;
    }
    return stem;
}

/* Recent tokens and their stems, found by the token's characters where they stand in the text.
 * A look-up in the memo needs the token as a str of its own, and a str's hash, which costs
 * more than stemming a known token: about half of this module's time went to the two. A token's
 * stem depends on nothing but the token, so a slot stays right for as long as the memo it came
 * from is the one asked (``owner``; another memo, as tests pass, empties the cache first). One
 * slot per hash, the newer token taking it: words that recur ("the", "said") stay, and the
 * cache never holds more than CACHE_SLOTS tokens. */
#define CACHE_SLOTS 8192 /* a power of two */

typedef struct {
    Py_uhash_t hash;
    PyObject *token; /* owned */
    PyObject *stem;  /* owned */
} Cached;

static Cached cache[CACHE_SLOTS];
static PyObject *owner; /* owned: the memo the cached stems came from */

static void
clear_cache(void)
{
    for (size_t i = 0; i < CACHE_SLOTS; i++) {
        Py_CLEAR(cache[i].token);
        Py_CLEAR(cache[i].stem);
    }
    Py_CLEAR(owner);
}

/* Does ``token`` hold the characters text[start:end]? */
static int
same_characters(PyObject *token, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (PyUnicode_GET_LENGTH(token) != end - start)
        return 0;
    int token_kind = PyUnicode_KIND(token);
    const void *token_data = PyUnicode_DATA(token);
    if (token_kind == kind)  /* the usual case: the same bytes */
        return memcmp(token_data, (const char *)data + start * kind, (size_t)(end - start) * kind)
               == 0;
    for (Py_ssize_t i = start; i < end; i++) {
        if (PyUnicode_READ(token_kind, token_data, i - start) != PyUnicode_READ(kind, data, i))
            return 0;
    }
    return 1;
}

/* The stem of the token text[start:end], whose characters hash to ``hash``: from the cache,
 * else from the memo or stem_new (and then cached). A new reference. */
static PyObject *
cached_stem(PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end,
            Py_uhash_t hash, PyObject *memo, PyObject *stem_new)
{
    Cached *slot = &cache[(hash ^ (hash >> 29)) & (CACHE_SLOTS - 1)];
    if (owner == memo && slot->token != NULL && slot->hash == hash
        && same_characters(slot->token, kind, data, start, end)) {
        Py_INCREF(slot->stem);
        return slot->stem;
    }
    PyObject *token = PyUnicode_Substring(text, start, end);
    if (token == NULL)
        return NULL;
    PyObject *stem = token_stem(token, memo, stem_new);
    if (stem == NULL) {
        Py_DECREF(token);
        return NULL;
    }
    /* stem_new ran Python, which may have called this module with another memo: the slot is
     * filled only while the cache is still this memo's. */
    if (owner == memo) {
        PyObject *old_token = slot->token, *old_stem = slot->stem;
        slot->hash = hash;
        slot->token = token;
        Py_INCREF(stem);
        slot->stem = stem;
        Py_XDECREF(old_token);
        Py_XDECREF(old_stem);
    }
    else {
        Py_DECREF(token);
    }
    return stem;
}

/* Splitting a text into tokens as str.split() does, at white space (Py_UNICODE_ISSPACE), and
 * hashing each token's characters (FNV-1a) for the cache above. Most texts are Latin-1, one byte
 * a character: read as bytes, they need no test of the text's kind at every character, and their
 * white space is told by one look-up in a table of the 256 characters (filled from
 * Py_UNICODE_ISSPACE when the module loads), with no call. */
#define FNV_OFFSET ((Py_uhash_t)14695981039346656037ULL)
#define FNV_PRIME ((Py_uhash_t)1099511628211ULL)

static unsigned char latin1_space[256];

static void
fill_latin1_space(void)
{
    for (Py_UCS4 character = 0; character < 256; character++)
        latin1_space[character] = Py_UNICODE_ISSPACE(character) ? 1 : 0;
}

static inline int
is_latin1_space(Py_UCS1 character)
{
    return latin1_space[character];
}

/* Where the next token starts at or after ``at``: ``length`` when none does. */
static Py_ssize_t
latin1_token_start(const void *data, Py_ssize_t at, Py_ssize_t length)
{
    const Py_UCS1 *characters = data;
    while (at < length && is_latin1_space(characters[at]))
        at++;
    return at;
}

static Py_ssize_t
token_start(int kind, const void *data, Py_ssize_t at, Py_ssize_t length)
{
    while (at < length && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, at)))
        at++;
    return at;
}

/* Where the token that starts at ``at`` ends, with its hash in ``hash``. */
static Py_ssize_t
latin1_token_end(const void *data, Py_ssize_t at, Py_ssize_t length, Py_uhash_t *hash)
{
    const Py_UCS1 *characters = data;
    Py_uhash_t found = FNV_OFFSET;
    while (at < length && !is_latin1_space(characters[at])) {
        found = (found ^ characters[at]) * FNV_PRIME;
        at++;
    }
    *hash = found;
    return at;
}

static Py_ssize_t
token_end(int kind, const void *data, Py_ssize_t at, Py_ssize_t length, Py_uhash_t *hash)
{
    Py_uhash_t found = FNV_OFFSET;
    while (at < length) {
        Py_UCS4 character = PyUnicode_READ(kind, data, at);
        if (Py_UNICODE_ISSPACE(character))
            break;
        found = (found ^ character) * FNV_PRIME;
        at++;
    }
    *hash = found;
    return at;
}

/* The stems of text number ``index``, added to ``found`` (a new frozenset, still free to fill)
 * and counted in ``table``. */
static int
stem_text(PyObject *text, Py_ssize_t index, PyObject *found, Table *table, PyObject *memo,
          PyObject *stem_new)
{
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t at = 0;
    while (at < length) {
        at = kind == PyUnicode_1BYTE_KIND ? latin1_token_start(data, at, length)
                                          : token_start(kind, data, at, length);
        if (at == length)
            break;
        Py_ssize_t start = at;
        Py_uhash_t hash;
        at = kind == PyUnicode_1BYTE_KIND ? latin1_token_end(data, at, length, &hash)
                                          : token_end(kind, data, at, length, &hash);
        PyObject *stem = cached_stem(text, kind, data, start, at, hash, memo, stem_new);
        if (stem == NULL)
            return -1;
        int status = PyUnicode_GET_LENGTH(stem) ? add_stem(table, found, index, stem) : 0;
        Py_DECREF(stem);
        if (status < 0)
            return -1;
    }
    return 0;
}

static PyObject *
stem_sets(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "stem_sets(texts, memo, stem_new) takes 3 arguments");
        return NULL;
    }
    PyObject *memo = args[1], *stem_new = args[2];
    if (!PyList_Check(args[0]) || !PyDict_Check(memo) || !PyCallable_Check(stem_new)) {
        PyErr_SetString(PyExc_TypeError, "stem_sets(texts, memo, stem_new) needs a list of str, "
                                         "a dict and a callable");
        return NULL;
    }
    if (owner != memo) {
        clear_cache();
        Py_INCREF(memo);
        owner = memo;
    }
    /* A copy: stem_new runs Python, which might change the list. */
    PyObject *texts = PyList_AsTuple(args[0]);
    if (texts == NULL)
        return NULL;
    Py_ssize_t count = PyTuple_GET_SIZE(texts);
    Table table = {PyMem_Calloc(256, sizeof(Entry)), 256, 0, NULL, 0, 0};
    size_t *ends = PyMem_Calloc((size_t)count + 1, sizeof(size_t));
    PyObject *sets = PyList_New(count);
    PyObject *spread = NULL, *result = NULL;
    if (table.entries == NULL || ends == NULL || sets == NULL) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *text = PyTuple_GET_ITEM(texts, i);
        if (!PyUnicode_Check(text)) {
            PyErr_Format(PyExc_TypeError, "texts must be str, not %.100s", Py_TYPE(text)->tp_name);
            goto done;
        }
        PyObject *found = PyFrozenSet_New(NULL);
        if (found == NULL)
            goto done;
        PyList_SET_ITEM(sets, i, found); /* filled below, before anything else sees it */
        if (stem_text(text, i, found, &table, memo, stem_new) < 0)
            goto done;
        ends[i] = table.held_count;
    }
    spread = spread_of(&table, ends, count);
    if (spread != NULL)
        result = PyTuple_Pack(2, sets, spread);
done:
    PyMem_Free(table.entries);
    PyMem_Free(table.held);
    PyMem_Free(ends);
    Py_DECREF(texts);
    Py_XDECREF(sets);
    Py_XDECREF(spread);
    return result;
}

static PyMethodDef methods[] = {
    {"stem_sets", (PyCFunction)(void (*)(void))stem_sets, METH_FASTCALL,
     "stem_sets(texts, memo, stem_new) -> (stem sets, texts per stem)"},
    {NULL, NULL, 0, NULL},
};

static void
free_module(void *Py_UNUSED(module))
{
    clear_cache();
}

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_stem_sets", "Content-word stems of texts, counted (see tokens.py).",
    -1, methods, NULL, NULL, NULL, free_module,
};

PyMODINIT_FUNC
PyInit__stem_sets(void)
{
    fill_latin1_space();
    return PyModule_Create(&module);
}
