# A state-machine CSV parser with quoting, escaped quotes and embedded newlines.
class CSVError(Exception):
    pass


def parse_csv(text, delimiter=","):
    rows, row, field = [], [], []
    state = "start"
    line = 1
    for ch in text:
        if state in ("start", "unquoted"):
            if ch == '"' and state == "start":
                state = "quoted"
            elif ch == delimiter:
                row.append("".join(field))
                field = []
                state = "start"
            elif ch == "\n":
                row.append("".join(field))
                rows.append(row)
                row, field = [], []
                state = "start"
                line += 1
            elif ch == '"':
                raise CSVError(f"line {line}: quote inside unquoted field")
            else:
                field.append(ch)
                state = "unquoted"
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                if ch == "\n":
                    line += 1
                field.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                field.append('"')
                state = "quoted"
            elif ch == delimiter:
                row.append("".join(field))
                field = []
                state = "start"
            elif ch == "\n":
                row.append("".join(field))
                rows.append(row)
                row, field = [], []
                state = "start"
                line += 1
            else:
                raise CSVError(f"line {line}: unexpected {ch!r} after closing quote")
    if state == "quoted":
        raise CSVError(f"line {line}: unterminated quoted field")
    if field or row or state == "quote_in_quoted":
        row.append("".join(field))
        rows.append(row)
    return rows


def to_records(rows):
    header, *body = rows
    records = []
    for n, values in enumerate(body, 2):
        if len(values) != len(header):
            raise CSVError(f"record {n}: expected {len(header)} fields, got {len(values)}")
        records.append(dict(zip(header, values)))
    return records


def quote(value):
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


DATA = '''name,city,quote,amount
Ada,London,"Hello, world",12.50
"Grace ""Amazing"" Hopper",Arlington,"Multi
line",7
Linus,"",plain,100
,Empty name,"",0
'''
rows = parse_csv(DATA)
for row in rows:
    print(row)
records = to_records(rows)
total = sum(float(r["amount"]) for r in records)
print(f"{len(records)} records, total amount {total:.2f}")
width = max(len(r["name"]) for r in records)
for r in records:
    print(f"  {r['name'] or '<none>':<{width}} | {r['city'] or '-':<10} | {r['quote']!r}")
print("round trip:")
out = "\n".join(",".join(quote(v) for v in row) for row in rows) + "\n"
print(out, end="")
print("same after re-parse:", parse_csv(out) == rows)
print(parse_csv("a;b;c\n1;2;3", delimiter=";"))
print(parse_csv(""), parse_csv("single"), parse_csv('""'), parse_csv("a,\n,b"))
for bad in ['a,"unterminated\n', 'a,b"c', '"x"y,z']:
    try:
        parse_csv(bad)
    except CSVError as e:
        print("CSVError:", e)
try:
    to_records(parse_csv("a,b\n1,2\n3"))
except CSVError as e:
    print("CSVError:", e)
