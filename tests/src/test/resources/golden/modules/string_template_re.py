# string.Template: the plain class, subclasses with their own delimiter/idpattern/braceidpattern/flags/pattern
# (compiled with re, as CPython's), and Template.pattern (python3's output)
import re
from string import Template

t = Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
print(isinstance(Template.pattern, re.Pattern), Template.pattern.groupindex, Template.flags == re.IGNORECASE)
print(Template.pattern.search("a $b c").group("named"), Template.delimiter, Template.idpattern)


class Percent(Template):
    delimiter = "%"


class Upper(Template):
    idpattern = r"[A-Z]+"
    flags = 0


class Braces(Template):
    braceidpattern = r"[a-z.]+"


class Custom(Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[_a-z]+)\}\} |
      (?P<braced>\#[a-z]+)\}\} |
      (?P<invalid>)
    )
    """


print(Percent("%a and %{b} cost %%3").substitute(a=1, b=2), Percent.pattern.pattern.strip()[:4], Percent("%x").safe_substitute())
print(Upper("$AB and $cd").safe_substitute(AB="up", cd="low"), Upper("$AB").get_identifiers(), Upper("$ab").is_valid())
print(Braces("${a.b} $c").substitute({"a.b": 1, "c": 2}), Braces("${a.b}").get_identifiers())
print(Custom("x {{name}} y {{{{").substitute(name="N"), Custom("{{#z}}").substitute({"#z": 9}), Custom.pattern.groups)
for tmpl, cls in [("a $ b", Template), ("line1\n  %!", Percent), ("{{?", Custom), ("ok ${x", Template)]:
    try:
        cls(tmpl).substitute(x=1)
    except ValueError as e:
        print("ValueError", e)
try:
    Percent("%missing").substitute()
except KeyError as e:
    print("KeyError", e)
print(Percent("%missing and %%").safe_substitute(), Percent("%a").substitute({"a": 1}, a=2))
