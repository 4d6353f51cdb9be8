"""The ceiling for the load benchmark: a bare Flask view served the same way as needs."""

from flask import Flask

app = Flask(__name__)


@app.get("/hello")
def hello():
    return "hello"
