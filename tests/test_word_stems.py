"""The two ways reader/word_stems.py reduces a word, so that a reply's noun meets a question's word."""

from reader.word_stems import singular, stems


def test_a_plural_meets_its_singular():
    assert singular("salaries") == singular("salary") == "salary"
    assert singular("complaints") == singular("complaint") == "complaint"


def test_short_words_keep_their_last_letter():
    assert singular("bus") == "bus"
    assert singular("gas") == "gas"


def test_six_letter_stems_join_a_nouns_forms_and_skip_short_words():
    assert stems("Cremations and a cremation, crematoria") == {"cremat"}
    assert stems("the cost of two burials", shortest=5) == {"burial"}
