"""Text similarity for thread suggestions: TF-IDF vectors and cosine scores.

Pure Python on sparse dicts. Each story keeps only its strongest terms,
and candidate pairs are found through an inverted index over those terms,
so a fortnight of wire copy (a few thousand stories) scores in seconds
without numpy.
"""

import math
from collections import Counter, defaultdict

from dateline.search.text import bigrams, is_cjk, plain, words

TOP_TERMS = 40
IDF_POWER = 3
STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers him his how i if in into is it its itself just me more most my no nor not now
of off on once only or other our out over own same she should so some such than that the their them
then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your said says say told mr ms new one two three year years
week weeks month months day days percent since last next would could first
monday tuesday wednesday thursday friday saturday sunday
""".split()
)


def terms(headline, paragraphs):
    """Term counts of a story; the headline counts three times, as editors
    put a story's subject there."""
    counts = Counter()
    for weight, text in ((3, headline), (1, " ".join(plain(p) for p in paragraphs or []))):
        for token in words(text):
            if is_cjk(token):
                for gram in bigrams(token):
                    if len(gram) == 2:
                        counts[gram] += weight
            elif len(token) > 2 and not token.isdigit() and token not in STOPWORDS:
                counts[token] += weight
    return counts


class Vectors:
    """TF-IDF unit vectors (sublinear tf) for a set of documents."""

    def __init__(self, documents: dict):
        self.n = len(documents)
        df = Counter()
        for counts in documents.values():
            df.update(counts.keys())
        self.idf = {t: math.log((1 + self.n) / (1 + d)) + 1.0 for t, d in df.items()}
        self.vectors = {key: self.vector(counts) for key, counts in documents.items()}

    def vector(self, counts):
        # idf squared: a thread is held together by its rare words (names of
        # people, places, companies), while wire copy shares much stock
        # phrasing that plain tf-idf still rewards.
        weights = {t: (1 + math.log(c)) * self.idf.get(t, 1.0) ** IDF_POWER for t, c in counts.items()}
        top = sorted(weights.items(), key=lambda kv: -kv[1])[:TOP_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        return {t: w / norm for t, w in top}


def centroid(vectors):
    total = defaultdict(float)
    for vec in vectors:
        for t, w in vec.items():
            total[t] += w
    top = sorted(total.items(), key=lambda kv: -kv[1])[: TOP_TERMS * 2]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def nearest(vectors: dict, keys=None):
    """For each key, its most similar other document: {key: (other, score)}."""
    postings = defaultdict(list)
    for key, vec in vectors.items():
        for t, w in vec.items():
            postings[t].append((key, w))
    best = {}
    for key in keys if keys is not None else vectors:
        scores = defaultdict(float)
        for t, w in vectors[key].items():
            for other, w2 in postings[t]:
                if other != key:
                    scores[other] += w * w2
        if scores:
            other = max(scores, key=lambda k: (scores[k], k))
            best[key] = (other, scores[other])
    return best
