# Generators mixing statements with and without yields: plain loops, ifs, try, with and break/continue/return
# inside a generator body, and yields in a test, an iterable or a context expression.
import contextlib


def plain_parts(n):
    total = 0
    for i in range(n):          # no yield inside
        if i % 2:
            continue
        total += i
    k = 0
    while True:                 # no yield inside
        k += 1
        if k > 3:
            break
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = type(e).__name__
    yield total, k, err
    for j in range(3):
        if j == 1:
            yield 'one'
        else:
            x = j * 10          # no yield
        yield j
    try:
        yield 'in try'
    finally:
        yield 'in finally'
    return 'done'


g = plain_parts(6)
print(list(g))
try:
    next(g)
except StopIteration as s:
    print('stop', s.value)


def returns_in_plain_loop():
    yield 0
    for i in range(10):
        if i == 3:
            return i


g = returns_in_plain_loop()
print(next(g))
try:
    next(g)
except StopIteration as s:
    print('returned', s.value)


def yield_in_test():
    n = 0
    while (yield n) != 'stop':
        n += 1
    if (yield 'if?'):
        print('true branch')
    else:
        print('false branch')


g = yield_in_test()
print(next(g), g.send(1), g.send(2), g.send('stop'))
try:
    g.send(0)
except StopIteration:
    print('finished')


def yield_in_iter():
    for x in (yield 'give me a list'):
        print('item', x)
    return 'ok'


g = yield_in_iter()
print(next(g))
try:
    g.send([1, 2, 3])
except StopIteration as s:
    print('ret', s.value)


@contextlib.contextmanager
def cm(tag):
    print('enter', tag)
    yield tag
    print('exit', tag)


def yield_in_with():
    with cm((yield 'tag?')) as t:
        print('body', t)
    with cm('a') as a, cm('b') as b:
        print('plain with', a, b)
    with cm('c'):
        yield 'inside'
    yield 'after'


g = yield_in_with()
print(next(g))
print(g.send('T'))
print(list(g))


def exc_in_plain_try():
    try:
        raise KeyError('k')
    except KeyError:
        yield 'handled'
    try:
        int('x')
    except ValueError as e:
        msg = str(e)
    yield msg
    try:
        pass
    finally:
        z = 1
    yield z
    raise StopIteration('inner')


g = exc_in_plain_try()
print(next(g), next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def close_in_plain():
    try:
        for i in range(3):
            yield i
    finally:
        print('cleanup')


g = close_in_plain()
print(next(g))
g.close()
print(g.gi_frame)


def throw_into():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('caught', e)
            if str(e) == 'last':
                return 'end'


g = throw_into()
print(next(g))
print(g.throw(ValueError('one')))
try:
    g.throw(ValueError('last'))
except StopIteration as s:
    print('end value', s.value)
