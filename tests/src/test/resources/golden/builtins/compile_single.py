# compile(..., 'single'): expression statements outside functions and classes go to sys.displayhook (PRINT_EXPR)
import sys
exec(compile('for i in range(2):\n    i * 10\n', '<s>', 'single'))
exec(compile('if 1:\n    "shown"\n    def f():\n        "not shown"\n    f()\n    None\n', '<s>', 'single'))
exec(compile('class C:\n    "doc"\n    42\n', '<s>', 'single'))
shown = []
sys.displayhook = shown.append
exec(compile('[x for x in (1, 2)]', '<s>', 'single'))
exec(compile('while len(shown) < 3:\n    len(shown)\n', '<s>', 'single'))
sys.displayhook = sys.__displayhook__
print(shown)
print(eval(compile('1 + 1', '<s>', 'single')))
