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
 * test, Py_UNICODE_ISSPACE). A token is stemmed here by tokens.py's rules when they are given
 * and its letters and digits are all ASCII (see ascii_stem); any other token is looked up in
 * the memo of stems by token, or passed to stem_new, which stems it and records it there. Recent
 * tokens are cached (see cached_stem). An empty stem is a function word and is left out. For
 * each text it also gives how central it is: the sum, over its stems, of the log of how many of
 * the texts hold the stem, which is what key points weigh a sentence by (see centrality_of).
 * ``stem_set`` gives one text's set alone, without the counts.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>

/* Counting: the stems are interned (tokens.py), so one stem is one object, and a small table
 * keyed by its address counts it: no hashing of strings and no Python integers for each word.
 * Each entry also remembers the last text that held its stem, so a stem is added to a text's
 * set and counted once however often the text repeats it.
 *
 * One table serves every call: a new one for each call cost more than the counting (an
 * article's sentences hold ~1,000 stems, so the table grew three times, each time a new zeroed
 * block with every entry moved; 28 Nov 2026). Each call counts in a generation of its own, and
 * an entry of an earlier generation is an empty one: emptying the table is a matter of counting
 * one more generation. A call made while another is under way (stem_new runs Python, which may
 * call this module) gets a table of its own. */
typedef struct {
    PyObject *stem; /* borrowed: the texts' sets hold it */
    Py_ssize_t texts; /* how many texts hold it */
    Py_ssize_t last; /* the last text that held it */
    uint64_t generation; /* the call that filled it: any other, and the entry is empty */
} Entry;

typedef struct {
    Entry *entries;
    size_t size; /* a power of two */
    size_t used;
    uint64_t generation;
    /* Each text's stems, one text after the other, to read their counts once all are in. */
    PyObject **held; /* borrowed, as above */
    size_t held_count, held_size;
} Table;

#define FIRST_TABLE_SIZE 256
#define KEPT_TABLE_MAX 16384 /* entries: a table grown larger for one call is not kept */
static Table kept_table;
static int kept_table_busy;

static inline int
is_filled(const Table *table, const Entry *entry)
{
    return entry->generation == table->generation;
}

static size_t
slot_of(const Table *table, PyObject *stem)
{
    size_t hash = ((size_t)stem >> 4) * (size_t)0x9E3779B97F4A7C15ULL;
    size_t slot = (hash >> 16) & (table->size - 1);
    while (is_filled(table, &table->entries[slot]) && table->entries[slot].stem != stem)
        slot = (slot + 1) & (table->size - 1);
    return slot;
}

static int
grow(Table *table)
{
    size_t size = table->size * 2;
    Entry *entries = PyMem_Calloc(size, sizeof(Entry)); /* generation 0: empty */
    if (entries == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Entry *old = table->entries;
    size_t old_size = table->size;
    table->entries = entries;
    table->size = size;
    for (size_t i = 0; i < old_size; i++) {
        if (is_filled(table, &old[i]))
            entries[slot_of(table, old[i].stem)] = old[i];
    }
    PyMem_Free(old);
    return 0;
}

/* The table for one call, empty: the kept one, unless a call under way has it. NULL on error. */
static Table *
take_table(Table *own)
{
    Table *table = kept_table_busy ? own : &kept_table;
    if (table == own)
        *table = (Table){NULL, 0, 0, 0, NULL, 0, 0};
    if (table->entries == NULL) {
        *table = (Table){PyMem_Calloc(FIRST_TABLE_SIZE, sizeof(Entry)), FIRST_TABLE_SIZE, 0, 0,
                         NULL, 0, 0};
        if (table->entries == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    }
    table->generation++; /* the first is 1: a new block's entries (0) are all empty */
    table->used = 0;
    table->held_count = 0;
    if (table == &kept_table)
        kept_table_busy = 1;
    return table;
}

/* The call is done with ``table``: the kept one stays (unless grown past KEPT_TABLE_MAX). */
static void
give_back(Table *table)
{
    if (table == &kept_table)
        kept_table_busy = 0;
    if (table != &kept_table || table->size > KEPT_TABLE_MAX) {
        PyMem_Free(table->entries);
        PyMem_Free(table->held);
        *table = (Table){NULL, 0, 0, 0, NULL, 0, 0};
    }
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
    if (is_filled(table, entry)) {
        if (entry->last == text)
            return 0;
        entry->texts++;
        entry->last = text;
        return PySet_Add(found, stem) < 0 ? -1 : hold(table, stem);
    }
    *entry = (Entry){stem, 1, text, table->generation};
    if (PySet_Add(found, stem) < 0 || hold(table, stem) < 0)
        return -1;
    return ++table->used * 2 > table->size ? grow(table) : 0;
}

/* For each text, how central it is: the sum, over its stems, of the log of how many texts hold
 * the stem (the log of the product of those counts), which key points weigh a sentence by. In
 * a list of floats, where a tuple of counts for each text, a list of those and their product
 * and logarithm in Python cost ~2% of split + key points + quotes (28 Nov 2026). ``ends[i]`` is
 * where text ``i``'s stems end in ``table->held``. */
#define LOGS_KEPT 256

static double logs[LOGS_KEPT]; /* log(n) for the counts most texts give, worked out once */

static void
fill_logs(void)
{
    for (size_t n = 1; n < LOGS_KEPT; n++)
        logs[n] = log((double)n);
}

static PyObject *
centrality_of(const Table *table, const size_t *ends, Py_ssize_t texts)
{
    PyObject *centrality = PyList_New(texts);
    if (centrality == NULL)
        return NULL;
    size_t start = 0;
    for (Py_ssize_t i = 0; i < texts; i++) {
        double sum = 0.0;
        for (size_t at = start; at < ends[i]; at++) {
            Py_ssize_t count = table->entries[slot_of(table, table->held[at])].texts;
            sum += count < LOGS_KEPT ? logs[count] : log((double)count);
        }
        PyObject *value = PyFloat_FromDouble(sum);
        if (value == NULL) {
            Py_DECREF(centrality);
            return NULL;
        }
        PyList_SET_ITEM(centrality, i, value);
        start = ends[i];
    }
    return centrality;
}

/* How tokens become stems: the memo of stems by token, the Python function that stems a token
 * not in it (and records it there), and optionally tokens.py's rules, with which most new
 * tokens are stemmed here instead (see ascii_stem). */
typedef struct {
    PyObject *memo;
    PyObject *stem_new;
    PyObject *stop_words; /* a frozenset, or NULL: every new token goes to stem_new */
    PyObject *endings;    /* a tuple of ASCII str, tried in order */
    Py_ssize_t stem_length;
} Stemming;

/* One object for each stem, without the interpreter's table of interned strings: a look-up
 * there, for every stem of every new token, cost as much as stemming the token (the table is
 * large and spread over memory, 28 Nov 2026). A stem of up to eight ASCII characters is its
 * own key here, as the eight bytes of an integer (zero-padded; no stem holds a zero byte);
 * each entry holds the stem interned, so it is the very object sys.intern gives tokens.py,
 * whose stems meet these in the same sets and counts. Emptied when three quarters full, as the
 * memo is when large, so that a long-running process stays bounded. */
#define CANON_SIZE 32768 /* a power of two */

typedef struct {
    uint64_t key;
    PyObject *stem; /* owned; NULL: an empty entry */
} Canonical;

static Canonical canon[CANON_SIZE];
static size_t canon_used;

static void
clear_canon(void)
{
    for (size_t i = 0; i < CANON_SIZE; i++)
        Py_CLEAR(canon[i].stem);
    canon_used = 0;
}

/* Up to eight ASCII characters as the eight bytes of an integer, zero-padded: a key for them
 * (no word here holds a zero byte). */
static inline uint64_t
word_key(const char *word, Py_ssize_t size)
{
    uint64_t key = 0;
    memcpy(&key, word, (size_t)size);
    return key;
}

/* The interned str of ``size`` ASCII characters at ``word``: a new reference, NULL on error. */
static PyObject *
canonical_stem(const char *word, Py_ssize_t size)
{
    if (size > 8 || size == 0) {
        PyObject *stem = PyUnicode_FromStringAndSize(word, size);
        if (stem != NULL)
            PyUnicode_InternInPlace(&stem);
        return stem;
    }
    uint64_t key = word_key(word, size);
    size_t slot = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 40) & (CANON_SIZE - 1);
    while (canon[slot].stem != NULL) {
        if (canon[slot].key == key) {
            Py_INCREF(canon[slot].stem);
            return canon[slot].stem;
        }
        slot = (slot + 1) & (CANON_SIZE - 1);
    }
    PyObject *stem = PyUnicode_FromStringAndSize(word, size);
    if (stem == NULL)
        return NULL;
    PyUnicode_InternInPlace(&stem);
    if (canon_used * 4 >= CANON_SIZE * 3) {
        clear_canon(); /* every slot is free now: this one too */
    }
    canon[slot].key = key;
    Py_INCREF(stem);
    canon[slot].stem = stem;
    canon_used++;
    return stem;
}

/* The stop words of up to eight ASCII characters, each as an integer key the way canonical_stem
 * keys stems: telling a new token's word from them needs no str of the word, nor its hash and a
 * look-up in the frozenset (as costly as all the rest of stemming it, 28 Nov 2026). Read from the
 * rules' frozenset when it is another than last time; a longer word is looked up there. */
#define STOP_SIZE 2048 /* a power of two, more than twice the stop words kept */

static uint64_t stop_keys[STOP_SIZE]; /* 0: an empty slot */
static PyObject *stop_source; /* owned: the frozenset the keys were read from */
static int stop_keys_usable; /* 0: too many words to keep, every word is looked up */
static Py_ssize_t longest_stop_word; /* characters: a longer word is none (most new words) */

static inline size_t
stop_slot(uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 40) & (STOP_SIZE - 1);
}

static void
clear_stop_keys(void)
{
    memset(stop_keys, 0, sizeof stop_keys);
    Py_CLEAR(stop_source);
    stop_keys_usable = 0;
    longest_stop_word = 0;
}

static int
read_stop_keys(PyObject *stop_words)
{
    clear_stop_keys();
    PyObject *iterator = PyObject_GetIter(stop_words);
    if (iterator == NULL)
        return -1;
    size_t kept = 0;
    int usable = 1;
    Py_ssize_t longest = 0;
    PyObject *word;
    while ((word = PyIter_Next(iterator)) != NULL) {
        if (PyUnicode_Check(word) && PyUnicode_GET_LENGTH(word) > longest)
            longest = PyUnicode_GET_LENGTH(word);
        if (PyUnicode_Check(word) && PyUnicode_IS_ASCII(word) && PyUnicode_GET_LENGTH(word) > 0
            && PyUnicode_GET_LENGTH(word) <= 8) {
            uint64_t key = word_key(PyUnicode_DATA(word), PyUnicode_GET_LENGTH(word));
            size_t slot = stop_slot(key);
            while (stop_keys[slot] != 0 && stop_keys[slot] != key)
                slot = (slot + 1) & (STOP_SIZE - 1);
            if (stop_keys[slot] == 0 && ++kept * 2 > STOP_SIZE)
                usable = 0;
            stop_keys[slot] = key;
        }
        Py_DECREF(word);
    }
    Py_DECREF(iterator);
    if (PyErr_Occurred())
        return -1;
    Py_INCREF(stop_words);
    stop_source = stop_words;
    stop_keys_usable = usable;
    longest_stop_word = longest;
    return 0;
}

/* Whether the ASCII ``word`` is one of ``stop_words``: 1 or 0, -1 on error. */
static int
is_stop_word(PyObject *stop_words, const char *word, Py_ssize_t size)
{
    if (stop_words != stop_source && read_stop_keys(stop_words) < 0)
        return -1;
    if (size > longest_stop_word)
        return 0;
    if (size > 8 || size == 0 || !stop_keys_usable) {
        PyObject *whole = PyUnicode_FromStringAndSize(word, size);
        if (whole == NULL)
            return -1;
        int stop = PySet_Contains(stop_words, whole);
        Py_DECREF(whole);
        return stop;
    }
    uint64_t key = word_key(word, size);
    for (size_t slot = stop_slot(key); stop_keys[slot] != 0; slot = (slot + 1) & (STOP_SIZE - 1)) {
        if (stop_keys[slot] == key)
            return 1;
    }
    return 0;
}

/* A new token's stem, by the rules of tokens.py (``_new_token_stem``: lower case, the token's
 * words by ``_WORD`` joined, "" for a function word or a single character, then ``stem``), when
 * every letter and digit of the token is ASCII: those are most of the new tokens of a news
 * article, and a call into Python for each cost about as much as all the rest of stemming an
 * article's known words (27 Nov 2026: 42 new tokens an article, ~2.5 us each, on articles met
 * for the first time). A token with another letter or digit ("für", "Путин") goes to the memo:
 * lower-casing and telling letters in all of Unicode is Python's to do. Returns 1 with a new
 * reference in ``*stem``, 0 when the token is not one of these, -1 on error. */
#define ASCII_TOKEN_MAX 128

static int
is_ascii_alnum(Py_UCS4 c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int
ascii_stem(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, const Stemming *how,
           PyObject **stem)
{
    if (how->stop_words == NULL || end - start > ASCII_TOKEN_MAX)
        return 0;
    /* The token lower-cased, with "’" as "'" and any other character beyond ASCII (no letter
     * or digit, or the token would not be here) as a space: all split words alike. */
    char lowered[ASCII_TOKEN_MAX];
    Py_ssize_t length = end - start;
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, start + i);
        if (c == 0x2019) /* ’: an apostrophe, as tokens.py reads it */
            c = '\'';
        if (c >= 0x80) {
            if (Py_UNICODE_ISALNUM(c))
                return 0;
            c = ' '; /* a mark or space: splits words, as any other non-word character */
        }
        lowered[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    /* _WORD.findall, joined: runs of letters and digits, each with one "'" and more letters
     * after it ("o'neill"), the rest left out. */
    char word[ASCII_TOKEN_MAX];
    Py_ssize_t size = 0, i = 0;
    while (i < length) {
        if (!is_ascii_alnum((unsigned char)lowered[i])) {
            i++;
            continue;
        }
        while (i < length && is_ascii_alnum((unsigned char)lowered[i]))
            word[size++] = lowered[i++];
        if (i + 1 < length && lowered[i] == '\'' && is_ascii_alnum((unsigned char)lowered[i + 1])) {
            word[size++] = lowered[i++];
            while (i < length && is_ascii_alnum((unsigned char)lowered[i]))
                word[size++] = lowered[i++];
        }
    }
    if (size < 2) {
        *stem = PyUnicode_New(0, 0x7f);
        return *stem == NULL ? -1 : 1;
    }
    int stop = is_stop_word(how->stop_words, word, size);
    if (stop < 0)
        return -1;
    if (stop) {
        *stem = PyUnicode_New(0, 0x7f);
        return *stem == NULL ? -1 : 1;
    }
    /* tokens.stem: "'s" off, then the first of the endings that leaves four characters. */
    if (size >= 2 && word[size - 2] == '\'' && word[size - 1] == 's')
        size -= 2;
    Py_ssize_t endings = PyTuple_GET_SIZE(how->endings);
    for (Py_ssize_t e = 0; e < endings; e++) {
        PyObject *ending = PyTuple_GET_ITEM(how->endings, e);
        Py_ssize_t cut = PyUnicode_GET_LENGTH(ending);
        const char *letters = PyUnicode_DATA(ending);
        /* The last letters first: most endings are ruled out there, without a call. */
        if (size - cut >= 4 && (cut == 0 || word[size - 1] == letters[cut - 1])
            && memcmp(word + size - cut, letters, (size_t)cut) == 0) {
            size -= cut;
            break;
        }
    }
    if (size > how->stem_length)
        size = how->stem_length;
    *stem = canonical_stem(word, size);
    return *stem == NULL ? -1 : 1;
}

/* The stem of a token that ascii_stem left to Python: from the memo, else from stem_new (which
 * records it there). A new reference. */
static PyObject *
memo_stem(PyObject *token, const Stemming *how)
{
    PyObject *stem = PyDict_GetItemWithError(how->memo, token); /* borrowed */
    if (stem != NULL)
        Py_INCREF(stem);
    else if (PyErr_Occurred())
        return NULL;
    else if ((stem = PyObject_CallOneArg(how->stem_new, token)) == NULL)
        return NULL;
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
 * stem depends on nothing but the token, so an entry stays right for as long as the memo it
 * came from is the one asked (``owner``; another memo, as tests pass, empties the cache first).
 *
 * Each entry holds the token's characters themselves, as the text stores them (its kind and
 * bytes), in one cache line with the stem: a hit reads that line and nothing else, where a
 * pointer to the token as a str would cost a second read from memory, and the texts' words are
 * spread over memory enough for such reads to miss the processor's caches. Tokens longer than an
 * entry holds (few: URLs, long compounds) go to the memo every time.
 *
 * Two entries per set, the newer first: a word that recurs ("the", "said") stays while the
 * article's rare words pass through the other one. Measured on the 924 articles of quotes-dev
 * read once in order, as a stream of new articles is, 16,384 entries two to a set find 84% of
 * tokens (8,192 one to a set: 75%; 91% is the most any cache can, each token's first sight
 * being a miss). */
#define CACHE_SETS 8192 /* a power of two */
#define CACHE_WAYS 2
#define CACHE_BYTES 46  /* the longest token an entry holds, in bytes of its text's kind */

typedef struct {
    Py_uhash_t hash;
    PyObject *stem;  /* owned; NULL: an empty entry */
    unsigned char kind;
    unsigned char size; /* bytes */
    char bytes[CACHE_BYTES];
} Cached;

static Cached cache[CACHE_SETS][CACHE_WAYS] __attribute__((aligned(64)));
static PyObject *owner; /* owned: the memo the cached stems came from */

static void
clear_cache(void)
{
    for (size_t set = 0; set < CACHE_SETS; set++)
        for (size_t way = 0; way < CACHE_WAYS; way++)
            Py_CLEAR(cache[set][way].stem);
    Py_CLEAR(owner);
}

/* Does ``entry`` hold the token whose bytes (of the text's ``kind``) these are? */
static inline int
holds(const Cached *entry, Py_uhash_t hash, int kind, const char *bytes, size_t size)
{
    return entry->stem != NULL && entry->hash == hash && entry->kind == kind
           && entry->size == size && memcmp(entry->bytes, bytes, size) == 0;
}

/* The stem of the token text[start:end], whose characters hash to ``hash``: from the cache,
 * else from the memo or stem_new (and then cached). A new reference. */
static PyObject *
cached_stem(PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end,
            Py_uhash_t hash, const Stemming *how)
{
    PyObject *memo = how->memo;
    Cached *set = cache[(hash ^ (hash >> 29)) & (CACHE_SETS - 1)];
    const char *bytes = (const char *)data + start * kind;
    size_t size = (size_t)(end - start) * (size_t)kind;
    if (owner == memo && size <= CACHE_BYTES) {
        if (holds(&set[0], hash, kind, bytes, size)) {
            Py_INCREF(set[0].stem);
            return set[0].stem;
        }
        if (holds(&set[1], hash, kind, bytes, size)) {
            Cached found = set[1]; /* the newer now: it goes first */
            set[1] = set[0];
            set[0] = found;
            Py_INCREF(found.stem);
            return found.stem;
        }
    }
    /* A new token whose letters are ASCII is stemmed here at once: asking the memo first would
     * cost the token as a str of its own, its hash and a look-up in a large dict, more than
     * stemming it (28 Nov 2026). Only the other tokens go to the memo and stem_new. */
    PyObject *stem = NULL;
    int found = ascii_stem(kind, data, start, end, how, &stem);
    if (found < 0)
        return NULL;
    if (!found) {
        PyObject *token = PyUnicode_Substring(text, start, end);
        if (token == NULL)
            return NULL;
        stem = memo_stem(token, how);
        Py_DECREF(token);
        if (stem == NULL)
            return NULL;
    }
    /* stem_new ran Python, which may have called this module with another memo: the entry is
     * filled only while the cache is still this memo's. */
    if (owner == memo && size <= CACHE_BYTES) {
        PyObject *oldest = set[1].stem;
        set[1] = set[0];
        Cached *entry = &set[0];
        entry->hash = hash;
        Py_INCREF(stem);
        entry->stem = stem;
        entry->kind = (unsigned char)kind;
        entry->size = (unsigned char)size;
        memcpy(entry->bytes, bytes, size);
        Py_XDECREF(oldest);
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
 * and counted in ``table`` (unless NULL: one text, whose set is all that is asked). */
static int
stem_text(PyObject *text, Py_ssize_t index, PyObject *found, Table *table, const Stemming *how)
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
        PyObject *stem = cached_stem(text, kind, data, start, at, hash, how);
        if (stem == NULL)
            return -1;
        int status = !PyUnicode_GET_LENGTH(stem) ? 0
                     : table != NULL ? add_stem(table, found, index, stem)
                                     : PySet_Add(found, stem);
        Py_DECREF(stem);
        if (status < 0)
            return -1;
    }
    return 0;
}

/* ``rules`` is (stop words, endings, stem length), tokens.py's: read into ``how``. 0 with an
 * exception set when it is not that. */
static int
rules_of(PyObject *rules, Stemming *how)
{
    if (!PyTuple_Check(rules) || PyTuple_GET_SIZE(rules) != 3
        || !PyFrozenSet_Check(PyTuple_GET_ITEM(rules, 0)) || !PyTuple_Check(PyTuple_GET_ITEM(rules, 1))
        || !PyLong_Check(PyTuple_GET_ITEM(rules, 2))) {
        PyErr_SetString(PyExc_TypeError,
                        "rules must be (stop words: frozenset, endings: tuple of str, "
                        "stem length: int)");
        return 0;
    }
    PyObject *endings = PyTuple_GET_ITEM(rules, 1);
    for (Py_ssize_t e = 0; e < PyTuple_GET_SIZE(endings); e++) {
        PyObject *ending = PyTuple_GET_ITEM(endings, e);
        if (!PyUnicode_Check(ending) || !PyUnicode_IS_ASCII(ending)) {
            PyErr_SetString(PyExc_TypeError, "the endings must be ASCII str");
            return 0;
        }
    }
    how->stop_words = PyTuple_GET_ITEM(rules, 0);
    how->endings = endings;
    how->stem_length = PyLong_AsSsize_t(PyTuple_GET_ITEM(rules, 2));
    if (PyErr_Occurred())
        return 0;
    if (how->stem_length < 0) {
        PyErr_SetString(PyExc_ValueError, "the stem length must not be negative");
        return 0;
    }
    return 1;
}

/* The arguments after the texts, (memo, stem_new[, rules]), read into ``how``; the stem cache
 * emptied if the memo is another one. 0 with an exception set when they are not that. */
static int
stemming_of(const char *name, PyObject *const *args, Py_ssize_t nargs, Stemming *how)
{
    if (nargs != 3 && nargs != 4) {
        PyErr_Format(PyExc_TypeError, "%s takes 3 or 4 arguments", name);
        return 0;
    }
    *how = (Stemming){args[1], args[2], NULL, NULL, 0};
    if (!PyDict_Check(how->memo) || !PyCallable_Check(how->stem_new)) {
        PyErr_Format(PyExc_TypeError, "%s needs a dict (memo) and a callable (stem_new)", name);
        return 0;
    }
    if (nargs == 4 && !rules_of(args[3], how))
        return 0;
    if (owner != how->memo) {
        clear_cache();
        Py_INCREF(how->memo);
        owner = how->memo;
    }
    return 1;
}

static PyObject *
stem_sets(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    Stemming how;
    if (nargs >= 1 && !PyList_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "stem_sets needs a list of str");
        return NULL;
    }
    if (!stemming_of("stem_sets(texts, memo, stem_new[, rules])", args, nargs, &how))
        return NULL;
    /* A copy: stem_new runs Python, which might change the list. */
    PyObject *texts = PyList_AsTuple(args[0]);
    if (texts == NULL)
        return NULL;
    Py_ssize_t count = PyTuple_GET_SIZE(texts);
    Table own;
    Table *table = take_table(&own);
    size_t *ends = PyMem_Calloc((size_t)count + 1, sizeof(size_t));
    PyObject *sets = PyList_New(count);
    PyObject *centrality = NULL, *result = NULL;
    if (table == NULL || ends == NULL || sets == NULL) {
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
        if (stem_text(text, i, found, table, &how) < 0)
            goto done;
        ends[i] = table->held_count;
    }
    centrality = centrality_of(table, ends, count);
    if (centrality != NULL)
        result = PyTuple_Pack(2, sets, centrality);
done:
    if (table != NULL)
        give_back(table);
    PyMem_Free(ends);
    Py_DECREF(texts);
    Py_XDECREF(sets);
    Py_XDECREF(centrality);
    return result;
}

/* One text's set alone, without counting: what most callers ask (a title, a point, a sentence
 * compared with others), and the list, table and counts of stem_sets cost more than the set. */
static PyObject *
stem_set(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    Stemming how;
    if (nargs >= 1 && !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "stem_set needs a str");
        return NULL;
    }
    if (!stemming_of("stem_set(text, memo, stem_new[, rules])", args, nargs, &how))
        return NULL;
    PyObject *found = PyFrozenSet_New(NULL);
    if (found != NULL && stem_text(args[0], 0, found, NULL, &how) < 0)
        Py_CLEAR(found);
    return found;
}

static PyMethodDef methods[] = {
    {"stem_sets", (PyCFunction)(void (*)(void))stem_sets, METH_FASTCALL,
     "stem_sets(texts, memo, stem_new[, rules]) -> (stem sets, centrality of each text)"},
    {"stem_set", (PyCFunction)(void (*)(void))stem_set, METH_FASTCALL,
     "stem_set(text, memo, stem_new[, rules]) -> the text's stem set"},
    {NULL, NULL, 0, NULL},
};

static void
free_module(void *Py_UNUSED(module))
{
    clear_cache();
    clear_canon();
    clear_stop_keys();
    if (!kept_table_busy) {
        PyMem_Free(kept_table.entries);
        PyMem_Free(kept_table.held);
        kept_table = (Table){NULL, 0, 0, 0, NULL, 0, 0};
    }
}

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_stem_sets", "Content-word stems of texts, counted (see tokens.py).",
    -1, methods, NULL, NULL, NULL, free_module,
};

PyMODINIT_FUNC
PyInit__stem_sets(void)
{
    fill_latin1_space();
    fill_logs();
    return PyModule_Create(&module);
}
