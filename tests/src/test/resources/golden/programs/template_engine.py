# A tiny template engine: {{ expressions }}, {% for %} and {% if %} blocks, filters.
class TemplateError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": len,
    "money": lambda v: f"${v:,.2f}",
    "pad10": lambda v: f"{v:<10}",
}


def tokenize(src):
    tokens = []
    pos = 0
    while pos < len(src):
        start = min((i for i in (src.find("{{", pos), src.find("{%", pos)) if i != -1), default=-1)
        if start == -1:
            tokens.append(("text", src[pos:]))
            break
        if start > pos:
            tokens.append(("text", src[pos:start]))
        closer = "}}" if src[start + 1] == "{" else "%}"
        end = src.find(closer, start)
        if end == -1:
            raise TemplateError(f"unclosed tag at {start}")
        kind = "expr" if closer == "}}" else "tag"
        tokens.append((kind, src[start + 2:end].strip()))
        pos = end + 2
    return tokens


def parse(tokens, pos=0, closing=None):
    nodes = []
    while pos < len(tokens):
        kind, value = tokens[pos]
        if kind == "tag":
            words = value.split()
            if words[0] in ("endfor", "endif", "else"):
                if words[0] not in (closing or ()):
                    raise TemplateError(f"unexpected {words[0]}")
                return nodes, pos
            if words[0] == "for":
                body, pos = parse(tokens, pos + 1, ("endfor",))
                nodes.append(("for", words[1], words[3], body))
            elif words[0] == "if":
                body, pos = parse(tokens, pos + 1, ("else", "endif"))
                other = []
                if tokens[pos][1] == "else":
                    other, pos = parse(tokens, pos + 1, ("endif",))
                nodes.append(("if", " ".join(words[1:]), body, other))
            else:
                raise TemplateError(f"unknown tag {words[0]!r}")
        else:
            nodes.append((kind, value))
        pos += 1
    if closing:
        raise TemplateError(f"missing {closing[-1]}")
    return nodes, pos


def lookup(expr, ctx):
    name, *filters = [p.strip() for p in expr.split("|")]
    value = ctx
    for part in name.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif hasattr(value, part):
            value = getattr(value, part)
        else:
            raise TemplateError(f"undefined {name!r}")
    for f in filters:
        if f not in FILTERS:
            raise TemplateError(f"unknown filter {f!r}")
        value = FILTERS[f](value)
    return value


def render_nodes(nodes, ctx):
    out = []
    for node in nodes:
        if node[0] == "text":
            out.append(node[1])
        elif node[0] == "expr":
            out.append(str(lookup(node[1], ctx)))
        elif node[0] == "for":
            _, var, source, body = node
            items = lookup(source, ctx)
            for i, item in enumerate(items):
                out.append(render_nodes(body, {**ctx, var: item, "loop": {"index": i + 1, "last": i == len(items) - 1}}))
        elif node[0] == "if":
            _, cond, body, other = node
            negate = cond.startswith("not ")
            value = bool(lookup(cond[4:] if negate else cond, ctx))
            out.append(render_nodes(body if value != negate else other, ctx))
    return "".join(out)


def render(src, ctx):
    nodes, _ = parse(tokenize(src))
    return render_nodes(nodes, ctx)


INVOICE = """Invoice for {{ customer.name | title }}
{% for item in items %}{{ loop.index }}. {{ item.name | pad10 }} {{ item.price | money }}{% if item.taxable %} (taxed){% endif %}
{% endfor %}{% if discount %}Discount applied: {{ discount }}%{% else %}No discount{% endif %}
Items: {{ items | len }}, contact: {{ customer.email | lower }}
"""
ctx = {
    "customer": {"name": "ada lovelace", "email": "ADA@EXAMPLE.ORG"},
    "items": [{"name": "engine", "price": 1234.5, "taxable": True},
              {"name": "cards", "price": 9.99, "taxable": False},
              {"name": "gears", "price": 100000, "taxable": True}],
    "discount": 0,
}
print(render(INVOICE, ctx), end="")
ctx["discount"] = 15
print(render("{% if discount %}{{ discount }}% off{% endif %}|{% if not items %}empty{% else %}has items{% endif %}", ctx))
print(render("{% for c in letters %}[{{ c | upper }}]{% if not loop.last %}-{% endif %}{% endfor %}", {"letters": "xyz"}))
print(render("plain text only", {}))
for bad in ["{{ missing }}", "{% for x in xs %}no end", "{{ name | shout }}", "{% endif %}", "{{ open", "{% while x %}"]:
    try:
        render(bad, {"name": "n", "xs": [1]})
    except TemplateError as e:
        print(f"{bad!r}: TemplateError: {e}")
