"""The one exception every part of the expression language raises."""


class ExpressionError(ValueError):
    """A syntax or evaluation error in an expression.

    ``position`` is the 0-based character offset in ``text`` where the problem was found,
    ``message`` a short English description, ``code`` a stable identifier the application
    can translate.
    """

    def __init__(self, message: str, position: int, text: str = "", code: str = "syntax"):
        self.message = message
        self.position = position
        self.text = text
        self.code = code
        super().__init__(f"{message} (at character {position + 1})")
