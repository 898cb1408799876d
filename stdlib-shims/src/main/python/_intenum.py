"""Int enumerations for the library modules auditpy ships without CPython's ``enum`` (signal.Signals and
Handlers, http.HTTPStatus): members are ints with a name, as IntEnum members are in CPython 3.11 (repr
``<Cls.NAME: value>``, str and format as the int, lookup by value and by name, iteration in definition order).
"""


class _EnumType(type):
    """The class of an int enumeration: iteration, len, ``in``, ``Cls['NAME']`` and ``__members__``."""

    def __iter__(cls):
        return iter(cls._members_by_value.values())

    def __len__(cls):
        return len(cls._members_by_value)

    def __contains__(cls, member):
        return isinstance(member, cls) and cls._members_by_name.get(member._name_) is member

    def __getitem__(cls, name):
        return cls._members_by_name[name]

    @property
    def __members__(cls):
        import types
        return types.MappingProxyType(dict(cls._members_by_name))

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class _IntEnumLike(int, metaclass=_EnumType):
    """An int with a name: the behaviour of CPython 3.11's IntEnum members that users rely on. A subclass gives
    itself empty ``_members_by_value`` and ``_members_by_name`` dicts and makes its members with ``_member``."""

    def __new__(cls, value):
        try:
            return cls._members_by_value[value]
        except (KeyError, TypeError):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__)) from None

    @classmethod
    def _member(cls, name, value):
        """The member for value (the first name given to a value wins; later names are aliases)."""
        member = cls._members_by_value.get(value)
        if member is None:
            member = int.__new__(cls, value)
            member._name_ = name
            cls._members_by_value[value] = member
        cls._members_by_name[name] = member
        setattr(cls, name, member)
        return member

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, self)

    # IntEnum (a ReprEnum) prints and formats as the plain int
    __str__ = int.__repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __reduce_ex__(self, protocol):
        # CPython 3.11's Enum.__reduce_ex__: the class called with the value
        return type(self), (int(self),)
