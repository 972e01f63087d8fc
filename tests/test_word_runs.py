from digests.word_runs import shares_run


def test_a_run_of_shared_words_in_a_row_is_found() -> None:
    words = "the mayor said the new bridge will open in may".split()
    other = "in may the new bridge will open , officials said".split()
    assert shares_run(words, other, 5)
    assert not shares_run(words, other, 6)


def test_words_shared_in_a_row_but_not_in_that_order_are_no_run() -> None:
    # Every word of "open the bridge now" is in the other text, in another order.
    assert not shares_run("open the bridge now".split(), "now the bridge will open".split(), 3)


def test_the_run_may_come_after_a_row_of_shared_words_that_is_none() -> None:
    # "bridge the council" are all known words in a row, but no run of the other; the run
    # "said on tuesday" comes later, and a longer row ("x said on tuesday") holds it at its end.
    words = "bridge the council voted and they said on tuesday".split()
    other = "the council bridge plan , officials said on tuesday".split()
    assert shares_run(words, other, 3)


def test_texts_shorter_than_the_run_share_none() -> None:
    assert not shares_run(["one", "two"], ["one", "two"], 3)
    assert not shares_run([], ["one"], 1)
