import pytest

from corroborate.model import Article, Batch
from corroborate.pipeline import Pipeline, Stage, check_order, register, registered


def test_refuses_a_stage_before_what_it_needs():
    with pytest.raises(ValueError, match="requires article.quotes"):
        Pipeline(["align", "quotes"])


def test_refuses_unknown_stage():
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(["clean", "nope"])


def test_a_registered_plugin_runs_in_order():
    @register("shout-test")
    class Shout(Stage):
        requires = ("article.text",)
        assigns = ("article.title",)

        def __call__(self, batch: Batch) -> Batch:
            return Batch(articles=[Article(a.id, a.source, a.raw_text, a.text, title=a.text.upper()) for a in batch.articles])

    assert "shout-test" in registered()
    check_order([registered()["clean"](), Shout()])
    out = Pipeline(["clean", "shout-test"])(Batch(articles=[Article("x", "x.txt", "Hello there, said the mayor.")]))
    assert out.articles[0].title == "HELLO THERE, SAID THE MAYOR."
