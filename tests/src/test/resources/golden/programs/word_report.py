# A text report: word frequencies with Counter and formatted tables.
from collections import Counter, defaultdict

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""

STOP = {"the", "of", "it", "was", "we", "to", "us", "all"}


def words(text):
    cleaned = []
    for raw in text.split():
        word = "".join(ch for ch in raw.lower() if ch.isalpha())
        if word:
            cleaned.append(word)
    return cleaned


all_words = words(TEXT)
counts = Counter(all_words)
content = Counter(w for w in all_words if w not in STOP)
print(f"total words: {len(all_words)}, distinct: {len(counts)}, content words: {sum(content.values())}")
print()
print(f"{'rank':>4}  {'word':<12}{'count':>5}  {'share':>6}  bar")
print("-" * 44)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for rank, (word, n) in enumerate(top, 1):
    share = n / len(all_words)
    print(f"{rank:>4}  {word:<12}{n:>5}  {share:>6.1%}  {'#' * n}")
print()
print("top content words:", ", ".join(f"{w}({n})" for w, n in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6]))
by_length = defaultdict(list)
for w in sorted(set(all_words)):
    by_length[len(w)].append(w)
print()
for length in sorted(by_length):
    group = by_length[length]
    shown = " ".join(group[:5]) + (" ..." if len(group) > 5 else "")
    print(f"len {length:>2}: {len(group):>2} word(s): {shown}")
letters = Counter(ch for w in all_words for ch in w)
print()
print("letters:", "".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
lines = [line for line in TEXT.strip().splitlines()]
longest = max(lines, key=len)
print(f"lines: {len(lines)}, longest: {len(longest)} chars, average: {sum(map(len, lines)) / len(lines):.2f}")
pairs = Counter(zip(all_words, all_words[1:]))
print("common bigrams:", [f"{a} {b}" for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:4]])
first_seen = {}
for pos, w in enumerate(all_words):
    first_seen.setdefault(w, pos)
print("first positions:", {w: first_seen[w] for w in ["best", "worst", "hope", "despair"]})
print("capitalized in source:", sorted({raw.strip(",.") for raw in TEXT.split() if raw[0].isupper()}))

sentences = [part.strip() for part in TEXT.replace("\n", " ").split(",") if part.strip()]
print(f"clauses: {len(sentences)}")
clause_lengths = Counter(len(words(c)) for c in sentences)
for length, n in sorted(clause_lengths.items()):
    print(f"  {length} words: {'*' * n} ({n})")
vowels = sum(letters[v] for v in "aeiou")
print(f"vowels: {vowels}, consonants: {sum(letters.values()) - vowels}")
print("palindromes:", sorted(w for w in set(all_words) if len(w) > 1 and w == w[::-1]) or "none")
