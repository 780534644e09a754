"""Speaker resolution beyond the local window: gender, speaker chains, descriptions (sentences written here)."""
from __future__ import annotations

import pytest

from corroborate.quotes import QuoteExtractor
from corroborate.quotes.nameforms import given_gender
from corroborate.quotes.names import NameIndex


@pytest.fixture(scope="module")
def ex() -> QuoteExtractor:
    return QuoteExtractor()


def _speakers(ex: QuoteExtractor, text: str) -> list[str | None]:
    return [q.speaker for q in ex.extract(text, "t")]


def test_given_name_gender_from_the_curated_list():
    assert given_gender("brigid") == "f" and given_gender("lance") == "m"
    assert given_gender("jordan") is None  # ambiguous names are left out
    names = NameIndex("Brigid Tolan met Lance Ferro.")
    assert names.gender("Brigid Tolan") == "f" and names.gender("Lance Ferro") == "m"


def test_gendered_nouns_and_titles_next_to_a_name():
    names = NameIndex("Tom Reyes came with his wife, Dara Reyes. Kit Vance, a spokeswoman, stayed.")
    assert names.gender("Dara Reyes") == "f" and names.gender("Kit Vance") == "f"


def test_pronoun_after_a_place_votes_for_the_person_before_it():
    names = NameIndex("Quill Pollan, 58, who lives near Fargo, says he will vote. Pollan said he is sure.")
    assert names.gender("Quill Pollan") == "m" and names.gender("Fargo") is None


def test_a_law_named_alone_is_no_person_whatever_the_tagger_says():
    text = ("Both platforms call for restoring the Glass-Steagall Act. Super Glass-Steagall would break up the "
            "banks. Orrin Hatch backed the Hatch Act.")
    names = NameIndex(text, persons={"Glass-Steagall", "Super Glass-Steagall", "Orrin Hatch"})
    assert not names.is_person("Glass-Steagall") and not names.is_person("Super Glass-Steagall")
    assert names.is_person("Orrin Hatch")  # a given name before a law's name: the person it is named after


def test_pronoun_chain_starts_at_the_first_pronoun_after_the_last_name():
    from corroborate.quotes.speakers import Resolver

    text = "Tom Reyes spoke first. He smiled at the crowd. He waved. “Fine,” he said."
    res = Resolver(text, NameIndex(text), [(text.index("“"), text.index("”") + 1)])
    assert res.chain_start(text.index("he said"), "m") == text.index("He smiled")
    text = "Tom Reyes spoke first. He smiled. Ann Lee waved. “Fine,” he said."
    res = Resolver(text, NameIndex(text), [(text.index("“"), text.index("”") + 1)])
    assert res.chain_start(text.index("he said"), "m") == text.index("he said")


def test_age_or_title_marks_a_person_even_when_tagged_as_an_organisation():
    text = "One voter, Quill Pollan, 35, came early. Mr. Ostrander left."
    names = NameIndex(text, orgs={"Quill Pollan", "Ostrander"})
    assert names.is_person("Quill Pollan") and names.is_person("Ostrander")
    assert not NameIndex("The Pollan Group met.", orgs={"Pollan Group"}).is_person("Pollan Group")


def test_fullest_name_prefers_a_given_name_over_a_headline_word():
    names = NameIndex("Tireless Okafor wins praise\n\nLabor chief Maria Okafor spoke. Okafor left.")
    assert names.fullest("Okafor", before=60) == "Maria Okafor"


def test_a_generational_suffix_keeps_the_surname_linked_to_the_full_name():
    names = NameIndex("Martin Luther King Jr. marched. Luther Stan Pate IV paid. Hank Johnson, Jr., voted. "
                      "Donald Trump Jr. spoke, and Donald Trump spoke. King, Pate, Johnson and Trump left. Trump Jr. stayed.")
    assert [names.fullest(w) for w in ("King", "Pate", "Johnson", "Trump", "Trump Jr.")] == [
        "Martin Luther King Jr.", "Luther Stan Pate IV", "Hank Johnson", "Donald Trump", "Donald Trump Jr."]
    assert "Jr." not in {n.text for _, _, n in names.mentions}  # the suffix alone is no name
    assert names.is_person("Luther Stan Pate IV")


def test_origin_adjective_is_no_part_of_a_name():
    names = NameIndex("South Korean-born Milo Haines stayed home.")
    assert names.fullest("Haines") == "Milo Haines"


def test_roles_before_a_name_and_in_its_apposition():
    from corroborate.quotes.roles import roles_at

    text = "He met Ohio Sen. Rosa Blanc and the Utah governor left before Tim Oakes. Gil Marr, the former mayor, spoke."
    at = text.index("Rosa Blanc")
    assert roles_at(text, at, at + len("Rosa Blanc")) == {"ohio", "senator", "lawmaker", "legislator"}
    at = text.index("Tim Oakes")
    assert roles_at(text, at, at + len("Tim Oakes")) == set()  # another clause's words are no title
    at = text.index("Gil Marr")
    assert {"former", "mayor"} <= roles_at(text, at, at + len("Gil Marr"))


def test_description_links_to_the_person_named_with_that_role(ex):
    text = ("Ohio Sen. Rosa Blanc spoke on Monday. Later, Jim Ruiz, the Utah governor, arrived. The crowd cheered.\n\n"
            "“We will win this state,” the Ohio senator said. “Not so fast,” the governor replied.")
    assert _speakers(ex, text) == ["Rosa Blanc", "Jim Ruiz"]


def test_a_she_opening_the_sentence_after_the_name_outweighs_a_given_name_usually_a_mans(ex):
    text = ("\u201cWe are Democrats and we talk a lot,\u201d said Marty Walz, chair of the advisory council.\n\n"
            "Steven Tolman is certainly on the other side. \u201cThis question is a wolf in sheep\u2019s clothing,"
            "\u201d Tolman said.\n\nWalz approaches it a bit more diplomatically. She said she would rather see "
            "money spent elsewhere.\n\n\u201cThey are essentially trying to defeat opportunity for kids,\u201d "
            "she said.")
    assert _speakers(ex, text)[2] == "Walz"


def test_a_he_after_sentences_opening_with_he_is_the_person_named_before_them(ex):
    text = ("Ben Hale moved quickly to shut off talk of a campaign shakeup Wednesday, just hours after he stoked the "
            "notion of wholesale changes in a pair of interviews in his home.\n\n"
            "In a late appearance on CNN, Hale distanced himself from interviews he gave to The Washington Post and "
            "The Associated Press in which he hinted that a shakeup was near, comments echoed by aides who praised "
            "him.\n\n\u201cI think the Post had their story already written before they talked to me,\u201d Hale "
            "said on CNN. \u201cI think the people that I have are spectacular.\u201d\n\n"
            "Hale turned the story back on the Post, pointing out that the paper's Robert Costa had reported in June "
            "that the Hale campaign was coming apart. He hoped, he said, that the paper would shy away from such "
            "reporting now.\n\n\u201cApparently not,\u201c he said. \u201cA leopard doesn\u2019t change its "
            "spots.\u201d")
    assert _speakers(ex, text)[2:] == ["Ben Hale", "Ben Hale"]


def test_a_rank_below_an_office_is_no_holder_of_it():
    from corroborate.quotes.roles import link
    from corroborate.quotes.speakers import Resolver

    text = "Vice President Jo Biden weighed in on Monday. Later the former president said it again."
    res = Resolver(text, NameIndex(text), [])
    at = text.index("Later")
    assert link(res, ["former", "president"], at) is None and link(res, ["vice", "president"], at) == "Jo Biden"


def test_description_with_a_place_that_nobody_holds_stays_a_description(ex):
    text = "Ohio Sen. Rosa Blanc spoke on Monday.\n\n“We will win this state,” the Texas senator said."
    assert _speakers(ex, text) == ["Texas senator"]


def test_possessive_description_speaks_for_its_owner(ex):
    text = "Senator Jane Holt toured the plant on Monday.\n\n“Jobs come first,” her campaign said in a statement."
    assert _speakers(ex, text) == ["Jane Holt"]
    text = "Senator Jane Holt toured the plant on Monday.\n\n“Jobs come first,” her spokesman said."
    assert _speakers(ex, text) == ["Jane Holt's spokesman"]  # a person of their own, known by whose they are


def test_transcript_label_before_a_colon(ex):
    text = ("Senator Ana Ruiz and Mayor Tom Bell spoke at the forum on Monday.\n\n"
            "Senator Ruiz: “We will fund the schools first.” Mayor Bell: “The roads cannot wait another year.”")
    assert _speakers(ex, text) == ["Ana Ruiz", "Tom Bell"]
    text = "Rep. Tom Bell (R-Ohio): “The committee has done its work well and thoroughly.”"
    assert _speakers(ex, text) == ["Tom Bell"]


def test_a_subject_that_cannot_speak_gives_way_to_the_person_above(ex):
    text = ("“We were attacked downtown,” Nora Vance said, with a passion that suggested "
            "“nobody should doubt it.”")
    assert _speakers(ex, text) == ["Nora Vance", "Nora Vance"]


def test_agent_of_a_verb_above_the_speech_verb_is_not_the_speaker(ex):
    text = "Comedian Sara Silver was booed by the crowd after telling holdouts that they were “being ridiculous.”"
    assert _speakers(ex, text) == ["Sara Silver"]


def test_verb_before_a_colon_beats_a_verb_further_up(ex):
    text = ("Ann Reyes said that experts had determined her proposals were sound, to which Tom Oakes interjected: "
            "“That is just not true.”")
    assert _speakers(ex, text) == ["Tom Oakes"]


def test_statement_saying_takes_the_subject_of_the_verb_it_is_object_of(ex):
    text = "Senator Jane Holt released a statement saying, “The mill will open soon.”"  # too short for a guess
    assert _speakers(ex, text) == ["Jane Holt"]
    text = "Mayor Tom Oakes appeared to defend the plan by saying, “The bridge opens in May.”"
    assert _speakers(ex, text) == ["Tom Oakes"]


def test_a_long_quote_with_no_cue_goes_to_the_salient_person_before_it(ex):
    text = ("Ray Dunn, the mayor, spoke at length on Tuesday about the city budget.\n\n"
            "“We have balanced the books for the third year running and we will keep doing it.”")
    assert _speakers(ex, text) == ["Ray Dunn"]


def test_name_before_an_apposition_when_the_parse_gives_the_verb_no_subject(ex):
    text = ("The campaign worried about the polls. “It is not the position that everything is hunky-dory,” "
            "Gene Sperling, a top outside Clinton adviser, said at a recent event in Iowa.")
    assert _speakers(ex, text) == ["Gene Sperling"]


def test_a_surname_parsed_as_a_modal_under_a_clause_with_its_own_subject_is_the_subject():
    """Parse as the tagger gave it in a PolNeAR train article: "Will" a modal, its verb a clause of "sees"."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from corroborate.quotes.sources import speaker_noun
    from corroborate.quotes.subjects import subject_of

    words = ["While", "Will", "acknowledges", "his", "appeal", ",", "he", "sees", "Christie", "."]
    heads = [2, 2, 7, 4, 2, 7, 7, 7, 7, 7]
    deps = ["mark", "aux", "advcl", "poss", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    tags = ["IN", "MD", "VBZ", "PRP$", "NN", ",", "PRP", "VBZ", "NNP", "."]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, sent_starts=[True] + [False] * 9)
    subj = subject_of(doc[2])
    assert subj is not None and subj.text == "Will" and speaker_noun(subj)


def test_the_name_after_said_is_no_inverted_subject_past_the_clause_it_reports():
    """Parse as the tagger gave it in a PolNeAR train article: the speaker a conjunct of the place before it,
    "said" left without a subject; the person inside the reported that-clause did not speak."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from corroborate.quotes.subjects import subject_of

    words = ["Alarmed", "by", "the", "unrest", "in", "Nevada", ",", "Senator", "Harry", "Reid", ",", "the", "minority",
             "leader", ",", "said", "that", "he", "spoke", "with", "Mr.", "Sanders", "on", "Tuesday", "."]
    heads = [15, 0, 3, 1, 3, 4, 5, 9, 9, 5, 9, 13, 13, 9, 15, 15, 18, 18, 15, 18, 21, 19, 18, 22, 15]
    deps = ["advcl", "prep", "det", "pobj", "prep", "pobj", "punct", "compound", "compound", "conj", "punct", "det",
            "compound", "appos", "punct", "ROOT", "mark", "nsubj", "ccomp", "prep", "compound", "pobj", "prep", "pobj",
            "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
           "NOUN", "PUNCT", "VERB", "SCONJ", "PRON", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    ents = ["O"] * 5 + ["B-GPE", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 11 + ["B-PERSON", "O", "B-DATE", "O"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
              sent_starts=[True] + [False] * 24)
    subj = subject_of(doc[15])
    assert subj is not None and subj.text == "Reid"


def test_a_plural_noun_with_a_subject_is_a_verb_the_tagger_misread():
    """Parse as the tagger gave it in a PolNeAR train article: 'Article 33 affirms: "..."' with "affirms" a plural
    noun heading the sentence and its subject."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from corroborate.quotes.clauses import is_speech

    words = ["Article", "33", "affirms", ":", "“", "No", "State", "shall", "expel", "refugees", ".", "”"]
    heads = [2, 0, 2, 2, 2, 6, 8, 8, 2, 8, 2, 2]
    deps = ["nsubj", "nummod", "ROOT", "punct", "punct", "det", "nsubj", "aux", "ccomp", "dobj", "punct", "punct"]
    tags = ["NN", "CD", "NNS", ":", "``", "DT", "NNP", "MD", "VB", "NNS", ".", "''"]
    pos = ["NOUN", "NUM", "NOUN", "PUNCT", "PUNCT", "DET", "PROPN", "AUX", "VERB", "NOUN", "PUNCT", "PUNCT"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * 11)
    assert is_speech(doc[2], True)
    # a plural speech noun with no subject of its own stays a noun: 'Her claims were false'
    doc = Doc(English().vocab, words=["Her", "claims", "were", "false"], heads=[1, 2, 2, 2],
              deps=["poss", "nsubj", "ROOT", "acomp"], tags=["PRP$", "NNS", "VBD", "JJ"], pos=["PRON", "NOUN", "AUX", "ADJ"])
    assert not is_speech(doc[1], True)


def test_headline_verb_is_cut_from_a_speaker_name():
    from corroborate.quotes.nameforms import cut_at_verb

    assert cut_at_verb(["Glenn", "Beck", "Blasts", "Drudge"]) == ["Glenn", "Beck"]
    assert cut_at_verb(["Calls"]) == ["Calls"]


def test_the_name_after_call_is_its_object_not_an_inverted_subject(ex):
    text = "De Blasio, speaking on the radio, called Trump a “blowhard,” and left."
    assert _speakers(ex, text) == ["De Blasio"]


def test_one_pronoun_after_one_mention_does_not_fix_a_gender():
    assert NameIndex("Voss spoke first. Then she left.").gender("Voss") is None
    assert NameIndex("Voss spoke first. Then she left. Voss came back and she sat.").gender("Voss") == "f"


def test_accented_names_stay_whole():
    names = NameIndex("President François Hollande met Enrique Peña Nieto.")
    assert [n.text for _, _, n in names.mentions] == ["François Hollande", "Enrique Peña Nieto"]


def test_noun_phrase_after_an_inverted_verb_is_the_speaker(ex):
    text = "“Look, she needed to split the first two primaries,” added a South Carolina Democrat. “She has done that.”"
    assert _speakers(ex, text) == ["South Carolina Democrat", "South Carolina Democrat"]


def test_label_of_two_names_joined_by_and(ex):
    text = ("Signs of a shift were there all along. More from Blumenthal and Cohen: "
            "“Data collected by our firm show a steady rise in support.”")
    assert _speakers(ex, text) == ["Cohen"]


def test_the_man_resolves_to_the_salient_man(ex):
    text = ("Senator Paul Grant spoke for an hour at the rally in the park on Monday.\n\n"
            "“We will not stop until this town is whole again,” the man said.")
    assert _speakers(ex, text) == ["Paul Grant"]


def test_title_gives_the_gender_of_a_shared_surname():
    from corroborate.quotes import QuoteExtractor

    text = ("Victor Park and his wife, Ellen Park, run the bakery. Victor Park bakes; Ellen Park keeps the books.\n"
            "“We open at dawn every single day of the week,” Mrs. Park said. “Nobody else on the street does.”\n"
            "“It is hard work,” Mr. Park said.")
    speakers = [q.speaker for q in QuoteExtractor().extract(text, "t")]
    assert speakers[0] == "Ellen Park" and speakers[-1] == "Victor Park"


def test_titles_and_initials_do_not_end_sentences():
    from corroborate.quotes.marks import sentence_starts

    text = "Mr. Lim spoke. Then Donald J. Trump left. Sen. Cole said it.\nGo."
    assert [text[i : i + 4] for i in sentence_starts(text)] == ["Mr. ", "Then", "Sen.", "Go."]


def test_a_title_opens_the_noun_phrase_for_ranker_features():
    from corroborate.quotes.ranker import _lead_in

    text = "He spoke with Mr. Lim and Sen. Jo Cole."
    assert text[_lead_in(text, text.index("Lim")) :].startswith("Mr. Lim")
    assert text[_lead_in(text, text.index("Jo")) :].startswith("Sen. Jo")
    assert _lead_in(text, text.index("He")) == 0


def test_initials_alone_are_no_name():
    from corroborate.quotes.names import NameIndex

    index = NameIndex("The U.S. envoy met J. Smith. He said so.")
    assert "J. Smith" in [n.text for _, _, n in index.mentions]
    assert not [n for _, _, n in index.mentions if n.text in ("U.", "S.", "U")]


def test_articles_and_party_words_before_a_name_are_no_personal_title():
    names = NameIndex("The Velmora Accord was signed. Former Ostravia governor Pim Lark spoke. Sen. Ada Rook came.")
    assert not names.is_person("Velmora Accord") and not names.is_person("Ostravia")
    assert any(n.titled for n in names.lookup("Ada Rook"))
    assert NameIndex("Quorva CEO Lina Brask spoke.").fullest("Brask") == "Lina Brask"


def test_pronouns_inside_quotes_are_no_gender_evidence():
    text = "“He will lose,” said Pell Ardry. “He always loses, and he knows it,” Ardry added."
    quoted = [(0, text.index(",”") + 2), (text.index("“He always"), text.index("it,”") + 4)]
    def votes(index: NameIndex) -> int:
        return sum(sum(n.gender.values()) for n in index.lookup("Pell Ardry"))

    assert votes(NameIndex(text)) == 1  # without the regions the quoted 'He' votes
    assert votes(NameIndex(text, quoted=quoted)) == 0


def test_a_shared_surname_goes_to_the_person_its_pronouns_fit():
    text = ("Frank Varga and Mary Varga came. Frank Varga sat down. Frank Varga waved. "
            "Varga said she was ready. Then Varga said she would run.")
    names = NameIndex(text)
    assert names.fullest("Varga") == "Mary Varga"
    assert NameIndex("Frank Varga and Mary Varga came. Frank Varga waved. Varga left.").fullest("Varga") == "Frank Varga"


def test_a_name_qualifying_a_role_is_no_antecedent(ex):
    names = NameIndex("Senator Mitch Corbin spoke. Corbin spokesman Dan Ruiz left. Mary Lee of the Times came.")
    assert [full for _, _, full in names.persons_before(10**6)] == ["Mary Lee", "Dan Ruiz", "Mitch Corbin"]
    text = ("Senator Mitch Corbin voted no on Monday.\n\nCorbin spokesman Dan Ruiz would not say when the Senate "
            "would vote again.\n\n“I have no announcements to make,” he said.")
    assert _speakers(ex, text) == ["Dan Ruiz"]


def test_the_verb_after_a_name_skips_its_place_apposition_and_adverb():
    from corroborate.quotes.ranker import _WORD_AFTER

    words = [_WORD_AFTER.match(t).group(1) for t in (" said", " of New Mexico, a party donor, said it",
                                                       ", an aide, quickly added", " met Jones")]
    assert words == ["said", "said", "added", "met"]


def test_one_list_of_abbreviations_for_sentences_roles_and_lead_ins():
    from corroborate.quotes.ranker import _lead_in
    from corroborate.quotes.marks import sentence_starts

    text = "Atty. Gen. Ro Lane met Sec. Ida Moss on St. Paul Street. Then Cmdr. Al Fry left."
    assert [text[i : i + 4] for i in sentence_starts(text)] == ["Atty", "Then"]
    assert text[_lead_in(text, text.index("Ida")) :].startswith("Sec. Ida")


def test_a_name_that_is_an_object_does_not_break_a_pronoun_run():
    from corroborate.quotes.speakers import Resolver

    text = "Frank Varga spoke in October, when he told Tom Pike that it was over. Then he said: “We will win.”"
    res = Resolver(text, NameIndex(text), [(text.index("“"), text.index("”") + 1)])
    assert res.chain_start(text.index("he said"), "m") == text.index("he told")


def test_a_subject_that_names_nobody_gets_the_likeliest_person(ex):
    text = ("Mayor Dara Quell defended the budget on Monday.\n\n"
            "She rejected what some call “a reckless gamble with the future of the city.”")
    assert _speakers(ex, text) == ["Dara Quell"]
    text = "Dara Quell spoke on Monday.\n\n“You should all come up and join us today,” someone joked from the back."
    assert _speakers(ex, text) == ["Dara Quell"]


def test_a_participle_opening_a_sentence_is_no_part_of_the_name_after_it():
    names = NameIndex("Tom Quill spoke. Regarding Quill’s plan, the mayor was calm. Citing Dara Lenz, she left.")
    found = {n.text for _, _, n in names.mentions}
    assert "Regarding Quill" not in found and "Quill" in found
    assert "Citing Dara Lenz" not in found and "Dara Lenz" in found


def test_sentence_opening_participle_or_adverb_is_no_name():
    text = ("Walking to the podium, Vera Kolb smiled. Conceding that the vote was close, she thanked them. "
            "Meanwhile Rhea Dunn left. Browning said nothing.")
    found = [n.text for _, _, n in NameIndex(text).mentions]
    assert "Walking" not in found and "Conceding" not in found
    assert "Rhea Dunn" in found and "Meanwhile Rhea Dunn" not in found
    assert "Browning" in found  # a surname ending in -ing before a verb stays a name


def test_surname_ending_in_ing_that_opens_a_sentence_stays_a_name_once_written_in_full():
    found = [n.text for _, _, n in NameIndex("Peyton Manning won again. Manning on Sunday said he was proud.").mentions]
    assert found == ["Peyton Manning", "Manning"]


def test_titled_name_with_a_given_name_is_a_person_even_if_tagged_org():
    names = NameIndex("Former Acme CEO Carly Vance named a favorite show.", persons=set(), orgs={"carly vance"})
    assert names.is_person("Carly Vance")
    assert not NameIndex("Acme Vance sold more.", persons=set(), orgs={"acme vance"}).is_person("Acme Vance")


def test_a_name_tagged_org_that_speaks_and_he_follows_twice_is_a_person():
    text = ("Compare my case to that of Sant Singh Chatwal, hotelier and fundraiser. In 2012, Chatwal said he was guilty "
            "of making illegal donations. Chatwal also pleaded to witness tampering; the FBI recorded him instructing a "
            "witness to lie. Chatwal was clearly trying to buy influence; indeed, he had publicly stated that money "
            "buys politicians.")
    assert NameIndex(text, persons=set(), orgs={"sant singh chatwal"}).is_person("Sant Singh Chatwal")
    # the same votes without a speech verb after the name stay an organisation's
    assert not NameIndex(text.replace("Chatwal said he was", "Chatwal, he was"), persons=set(),
                         orgs={"sant singh chatwal"}).is_person("Sant Singh Chatwal")


def test_speech_verb_after_an_adverb_marks_a_speaker():
    names = NameIndex("Lenz openly admitted that the plan failed. The Orr family said little.")
    assert names.lookup("Lenz")[0].speaks
    assert not names.lookup("Orr")[0].speaks  # "family" is no adverb


def test_surname_the_parser_takes_for_a_common_word_gets_its_full_name(ex):
    text = ("Council member Marty Small spoke first.\n\n"
            "Small, who attended the rally on Wednesday, said that “the city needs help now more than ever before.”")
    assert _speakers(ex, text) == ["Marty Small"]


def test_a_platform_is_where_someone_speaks_never_who():
    text = "Dara Lenz left early. On Twitter, she said the vote was rigged. Twitter later removed the post."
    names = NameIndex(text, persons={"Twitter", "Dara Lenz"})
    assert not names.is_person("Twitter") and names.is_person("Dara Lenz")


def test_a_lowercase_role_word_tagged_as_proper_noun_is_a_description(ex):
    text = "Ohio Sen. Dana Whitlock spoke in Dayton on Monday.\n\n“We will win this state,” the senator said."
    assert _speakers(ex, text) == ["Dana Whitlock"]


def test_counting_words_and_lowercase_hyphen_parts_are_no_part_of_a_name():
    from corroborate.quotes.names import NameIndex

    text = "His barber, Omar Reyes, agreed. Two years ago, he said, he was stopped. Sixteen-year-old Dana Coe ran."
    found = {n.text for _, _, n in NameIndex(text).mentions}
    assert "Omar Reyes" in found and "Dana Coe" in found
    assert not {"Two", "Sixteen-year-old Dana Coe", "Sixteen-year-old"} & found


def test_a_name_an_acronym_opens_is_no_person_even_where_it_speaks():
    names = NameIndex("NBC New York said the crowd was 70. CBS News said so too. DJ Khaled said so.")
    assert not names.is_person("NBC New York") and not names.is_person("CBS News")
    assert names.is_person("DJ Khaled")


def test_an_acronym_is_no_person():
    from corroborate.quotes.names import NameIndex

    names = NameIndex("The NYPD said it would look again. NYPD officials met Ana Ruiz, and she left.")
    assert not names.is_person("NYPD")


def test_an_abbreviated_title_the_parser_cuts_off_leads_to_its_name(ex):
    text = ('"There is a suspicion that he had a third target," said Troy police Lt. Gerry Scherman. "This is the '
            'kind of crime the law was made for," said Dist. Atty. Steve Cooley. Asst. U.S. Atty. Jo Lee said "no."')
    assert [q.speaker for q in ex.extract(text, "t")] == ["Gerry Scherman", "Steve Cooley", "Jo Lee"]


def test_a_place_is_no_person():
    names = NameIndex("Ana Ruiz, 52, director of the center in Tehran, spoke. In Tehran, he said, all was calm.")
    assert not names.is_person("Tehran") and names.is_person("Ana Ruiz")


def test_a_surname_that_is_also_a_title(ex):
    text = ("Tishana King, 39, a clerk, saw the shooting.\n“He had nothing in his hands,” King told reporters.\n"
            "The King of Spain did not comment.\n“I could not see the kids,” she said later.")
    assert [q.speaker for q in ex.extract(text, "t")] == ["Tishana King", "Tishana King"]
    assert [n.text for _, _, n in NameIndex("Then the King left.").mentions] == []


def test_given_names_are_known_with_their_accents():
    assert given_gender("josé") == given_gender("jose") == "m"
    assert given_gender("renée") == "f"
    names = NameIndex("Ana Núñez spoke first. Then José Ortega, 50, said no. Ortega left.")
    assert names.is_person("José Ortega")


def test_ships_and_sentence_adverbs_are_no_persons():
    names = NameIndex("The frigate INS Mysore sailed on. Soon, he said, the pirates gave up. INS Mysore, he added, was fine.")
    assert not names.is_person("INS Mysore")
    hailed = NameIndex("A call came from the merchant vessel Gibe. Gibe, he said, was under attack.")
    assert not hailed.is_person("Gibe") and not hailed.maybe_person("Gibe")
    assert "Soon" not in {n.text for _, _, n in names.mentions}


@pytest.mark.parametrize("text, speakers", [
    ("Gordon Advisors issued a statement Tuesday expressing condolences.\n"
     "\"We are devastated by the death of our colleague,\" the statement said.\n"
     "Centre-left daily Eleftherotypia warned of unrest. \"If nothing is done, the anger will sweep "
     "everything away,\" the paper said.", ["Gordon Advisors", "Eleftherotypia"]),
    # whoever wrote a letter, by the fullest form of the name
    ("His principal, Ann Ruiz of the Harbor School of Design, wrote a warm letter about the boy.\n"
     "\"He was a hard worker and a kind friend,\" the letter read.\n"
     "The author Ondrea Vane's four books sold well. Vane penned a letter to calm her fans.\n"
     "\"Nothing about the story will change for the film,\" the letter said.", ["Ann Ruiz", "Ondrea Vane"]),
    # "the company", "the group": the organisation quoted last, though the parse tags it as a person
    ("“As the nature of the threat has changed, so has our work,” Twitter said in a statement on Friday. The "
     "company said its moves had already produced results, “including an increase in account suspensions.”",
     ["Twitter", "Twitter"]),
    ("The Sierra Club issued a statement saying it took the action “because of the unsafe conditions.”\n\n"
     "“For us, marching this year meant choosing between two threats,” the group said in the statement.",
     ["Sierra Club", "Sierra Club"]),
])
def test_a_text_speaks_for_whoever_put_it_out(ex, text, speakers):
    assert _speakers(ex, text) == speakers


def test_a_given_name_the_lists_know_makes_a_person_of_a_name_in_a_paragraph_not_parsed(ex):
    text = ("\u201cWe will march again and again until they listen,\u201d said David Seacord.\n\n"
            "Angel Mendoza came from Texas to the rally.\n\n"
            "Growing up in El Paso, Mendoza saw families split apart at the border.\n\n"
            "\u201cThe centers are cruel and nobody in Washington seems to care about them,\u201d he said.")
    assert _speakers(ex, text) == ["David Seacord", "Angel Mendoza"]
    assert given_gender("megyn") == "f" and given_gender("tad") == given_gender("bret") == "m"


def test_a_headline_word_the_text_writes_in_lower_case_is_no_part_of_a_name():
    names = NameIndex("Republican Donor Adelson and Trump May be Aligning on Israel.\n\n"
                      "Top Republican Party donor Sheldon Adelson said on Friday he met Donald Trump.")
    assert "Donor Adelson" not in {n.text for _, _, n in names.mentions}
    assert names.fullest(["Adelson"]) == "Sheldon Adelson"


def test_a_people_is_no_person_and_a_statement_by_someone_is_theirs(ex):
    text = ('IMF head Dominique Strauss-Kahn warned that the crisis could spread. But Greeks must also understand '
            'that without these measures, "the situation would be infinitely more serious," he said.\n'
            'Below is a statement by Francesca Grifo, director of the program:\n'
            '"Several last-minute changes have undermined the scientific foundation of the act."')
    assert [q.speaker for q in ex.extract(text, "t")] == ["Dominique Strauss-Kahn", "Francesca Grifo"]
    assert not NameIndex("Greeks must understand. Greeks said so.").is_person("Greeks")


def test_a_place_with_person_words_beside_it_is_no_pronoun_candidate(ex):
    text = ("Admiral Ray Holt, 59, is a tough talker. He was born in Japan, the son of a sailor.\n"
            "At a meeting in Coralville, Iowa, Mr. Holt spoke of the islands.\n"
            "“Nobody here wants a war,” he said.")
    names = NameIndex(text)
    assert not names.is_person("Japan") and not names.is_person("Iowa")
    assert [q.speaker for q in ex.extract(text, "t")] == ["Ray Holt"]


def test_a_word_capitalised_only_where_it_opens_a_sentence_is_no_name():
    names = NameIndex("Surely, he said, the plan would work. Filmmaker says he cannot commit.\n"
                      "Bettie Page posed. Page said so, and the page was torn.")
    assert not names.is_person("Surely") and not names.maybe_person("Surely")
    assert not names.is_person("Filmmaker")
    assert names.is_person("Page")
    opened = NameIndex("Christoph Blocher spoke. Interestingly Blocher said little.")
    assert "Interestingly Blocher" not in {n.text for _, _, n in opened.mentions}


def test_words_a_parse_takes_for_a_subject_that_name_nobody(ex):
    names = NameIndex("PHILADELPHIA, July 25 (UPI) -- The committee spoke. Much of the ire was aimed at him. "
                      "Crews from Palmer Fire came, and fire crews stayed.")
    assert names.no_speaker("PHILADELPHIA") and names.no_speaker("Much") and names.no_speaker("who")
    assert not names.no_speaker("Crews") and not names.no_speaker("one")
    text = "PHILADELPHIA, July 25 -- Mark Lee, who runs the party, spoke.\nRead more below.\n“We are sorry,” Lee said."
    assert [q.speaker for q in ex.extract(text, "t")] == ["Mark Lee"]


def test_a_surname_that_is_a_common_word_after_a_given_name():
    names = NameIndex("The columnist George Will wrote on Sunday. Theresa May spoke in May. Will it rain?")
    found = {n.text for _, _, n in names.mentions}
    assert {"George Will", "Theresa May"} <= found and "Will it" not in found


def test_a_name_a_speaker_gives_as_an_answer_is_no_new_subject():
    from corroborate.quotes.speakers import _OBJECT_BEFORE

    answer = "Asked who leads the party, he said "
    inverted = "“We will win,” said "
    assert _OBJECT_BEFORE.search(answer) and not _OBJECT_BEFORE.search(inverted)


# One case per rule: (what it checks, text, the speakers of its quotes in order).
RESOLUTION_CASES = [
    ("an abbreviated rank does not end the sentence",
     "\"He came in and shot another man,\" Vancouver police Const. Tom Fenning told a news conference.",
     ["Tom Fenning"]),
    ("'he said' continues the speaker named just before, not one named since only as an object",
     "Mark Dunn, a billionaire investor, spoke in Austin on Monday about the race.\n“I would have the same "
     "talk with him,” Dunn said. “He has a real chance to win.”\nTom Reyes’s grasp of policy and his "
     "temperament are worrying, Dunn said.\n“You know, it is possible for anybody to change,” he said when "
     "asked about Reyes.\nLater, Tom Reyes arrived at the hall.\n“I have a plan,” he said.",
     ["Mark Dunn", "Mark Dunn", "Mark Dunn", "Tom Reyes"]),
    ("a role description right after a named reporter is that person",
     "Harry M. Reid (D-Nev.) blasted the plan in an interview on Monday. “It is one of the worst deals I have "
     "ever seen,” the Senate minority leader said.", ["Harry M. Reid"]),
    ("a role description after a quote of two sentences is who spoke in the sentence before that quote",
     "Jobs will come back, Ann Cole said Monday.\n“Well, first of all, we have to listen. And a lot of it is the "
     "economy,” the retired surgeon told a radio host.\nThe former candidate continued, saying, “You need someone "
     "who understands it.”", ["Ann Cole", "Ann Cole"]),
    ("a role description opening the sentence after a quote looks at the quote's own sentence",
     "The CEO, Mary Barra, said: “We’re not going back.” The G.M. chief added that the firm was “all in.”",
     ["Mary Barra", "Mary Barra"]),
    ("a role description answering a question stays a description",
     "Jo Reyes spoke to Ann Cole on Sunday.\n“Would that be you?” Cole asked.\n“That would be me, yes. "
     "I think so,” the senator said.", ["Ann Cole", "senator"]),
    ("a subject that cannot speak gives way to the person its verb acts on",
     "The timing of the surge does not surprise pollster Ann Cole: “Lesser-known candidates who win early "
     "contests see the biggest boost.”", ["Ann Cole"]),
    ("the subject of a report after a name's comma is no apposition giving that name a role",
     "A \"suspicious\" fire devastated the church in her hometown of Wasilla, the church's minister said.",
     ["church's minister"]),
    ("a name right before the verb speaks, not the name the parse makes it an apposition of; set off by commas "
     "it is an apposition",
     "Or maybe Jeb Bush, digital consultant Phil Musser says. \"Several surveys suggest a second look is "
     "occurring for Jeb in New Hampshire.\" Jeb Bush, the former governor, said \"we will see.\"",
     ["Phil Musser", "Jeb Bush"]),
    ("a description of a public role nobody was given is the one person the sentence before names, when the "
     "article names that person most",
     "Donald Trump spoke in Iowa. Trump took questions. Ann Cole asked Trump about the plan.\n“Not now,” Ann Cole "
     "said. A reporter asked Trump about databases.\n“There should be a lot of systems,” the businessman replied.",
     ["Ann Cole", "Donald Trump"]),
    ("a description of a public role stays a description when the person named before it is not the article's "
     "most named, or when its own sentence names someone first",
     "Donald Trump spoke in Iowa. Trump took questions. Trump left.\nMayor Bill de Blasio disbanded the unit.\n"
     "“Hatred comes from the mosques,” the Republican presidential candidate said.\nTrump flew to Mexico City. "
     "Ann Cole watched the Mexican president, who said that NAFTA “has been good for both.”",
     ["Republican presidential candidate", "Mexican president"]),
    ("a description naming a party stays a description when the text ties the person before it to another party",
     "Republican front-runner Donald Trump spoke in Iowa. Trump took questions. Trump left.\nA reporter asked "
     "Trump about it.\n“We will see,” the Democratic candidate said.", ["Democratic candidate"]),
    ("'another' after a quote credited to a description is another of that kind; after a name it stays 'another'",
     "Critics piled on.\n“She does not even care,” one Sanders supporter wrote on Monday.\n“We would have won,” "
     "tweeted another.\n“We will win,” said Jo Lim. Another said, “No, we will not.”\n“It is a mess,” said one "
     "official.\nSeveral senators criticized the plan. “It will never pass,” says one.",
     ["one Sanders supporter", "another Sanders supporter", "Jo Lim", "Another", "one official", "one"]),
    ("'the company' after a quote of several sentences is the organisation that spoke before the quote",
     "Twitter acknowledged that the issue remained tricky. \"We have always sought balance. There is no magic "
     "algorithm. Platforms make hard calls. We keep trying,\" the company said.", ["Twitter"]),
    ("'the statement' or 'the email' is whoever the text last says put it out, a person by the fullest name",
     "Defense press secretary Peter Cook spoke to the Times. Sanders said in an email that he would stay in.\n"
     "Cook provided a written statement on Monday. “It was a mistake,” the statement said.\nA statement released "
     "by the Sanders campaign was brief. Instead, the statement asked voters to “decide for themselves.”\nClinton’s campaign sent out an "
     "email appeal. “We need to win,” the email said.",
     ["Peter Cook", "Sanders campaign", "Clinton campaign"]),
    ("'it said' is the organisation that spoke last, not one a word only qualifies, nor a person or a place",
     "Acme Corp. announced layoffs in Ohio on Monday. \"We regret this decision,\" it said in a statement.\n"
     "Jo Lim shared a Facebook post on Tuesday. It says: \"Let them in!\"\nThe Washington Post reported that Lim "
     "spoke in Paris. It added, \"the visit comes as the company struggles.\"",
     ["Acme Corp.", "Jo Lim", "Washington Post"]),
    ("'it' after a quote credited to a body or a text in the sentence before is that body or text, not a person",
     "Jo Lim sold the rifle online. “No one at the site knew him,” the company wrote in its statement.\n"
     "It added, “We want no part in the listing.”\nAnn Cole was sued. “She was reckless,” the lawsuit says. It adds, “She knew.”",
     ["company", "company", "lawsuit", "lawsuit"]),
    ("a speaking 'it' is the text or body that is the subject of a sentence before, even one that spoke no quote",
     "Ann Cole was sued on Friday.\nThe lawsuit was filed in Ohio. It says she was “reckless with the money.”\n"
     "Pro-Islamic State forums posted the news. The SITE Intelligence Group tracks such forums. “Supporters are "
     "celebrating the massacre,” it said.\nThursday's memo from the panel was brief. “We found nothing new,” it "
     "stated.\nA statement from Waitrose said damage had been extensive but the store would be rebuilt.\n\"We have "
     "set up a fund for local residents and staff,\" it added.",
     ["lawsuit", "SITE Intelligence Group", "memo from the panel", "Waitrose"]),
    ("a text whose sentence says who sent or wrote it speaks for that person, not for who released it",
     "The email, released by Judicial Watch, was sent at 7:19 p.m. EST by then-Department of Defense Chief of "
     "Staff Jeremy Bash, hours after the first attack. Two people were killed.\n\n“I just tried you on the phone,” "
     "it reads.", ["Jeremy Bash"]),
    ("a name the parser left untagged is a person's when its apposition is headed by a word for a person",
     "The quake killed two people.\nMehdi Zareh, the head of the Seismic Research Center, said there was no risk of "
     "a tsunami.\n\"Because the Gulf is not very deep, a tsunami is not expected,\" he told the news agency ISNA.\n"
     "Bahram Akasheh, director of the seismological center in Tehran, dismissed the concerns.\n\"We expect no damage "
     "at all in the city or in the towns near it,\" he was quoted as saying.",
     ["Mehdi Zareh", "Bahram Akasheh"]),
    ("an office before a name is no part of it; a month's name that opens a noun phrase stays",
     "Public Advocate Bill de Blasio came to the area on Monday night.\n“They have every right to protest,” he "
     "said.\nHundreds marched on Monday. March participants said, “We will be back every night until there is "
     "justice.”",
     ["Bill de Blasio", "March participants"]),
    ("a 'he' right after a quote credited to an unnamed person continues that person; after one credited to "
     "'the <role>' it is the person named before",
     "The navy seized two boats on Friday.\n\"The pirates fired first,\" said a senior officer.\n\"Our plan to base "
     "an aircraft at Djibouti is also underway,\" he added.\nDonald Trump spoke in Iowa. “We should have a lot of "
     "systems,” the businessman replied.\n“I would certainly do that, absolutely,” he added.",
     ["senior officer", "senior officer", "Donald Trump", "Donald Trump"]),
    ("a family name written first or a given name alone takes the one full name that starts with it; a lone name "
     "after a title without one stays",
     "The finance minister, Lou Jiwei, spoke in Beijing on Tuesday. Officials met.\n\n''At that time, the whole "
     "world thanked China,'' Mr. Lou told a news briefing.\n\nMr. Lou said there was nothing wrong with the plan. "
     "''They're under pressure domestically,'' he said.\n\nPresident Obama met the Obama Administration's critics. "
     "''We will see,'' Mr. Obama said.\n\nJane Sanders spoke to The Post. Bernie Sanders was away.\n\n"
     "\"He wants to keep this movement going,\" Jane said.", ["Lou Jiwei", "Lou Jiwei", "Obama", "Jane Sanders"]),
    ("'notified the panel' is a cue, and its speaker goes on in the next paragraph",
     "Valley Dairy, which does business as the Matanuska Creamery, told the board it would stop its payments.\n"
     "\"We will be making no further payment on our notes until we move to a suitable location,\" Karen Olson, "
     "president of Valley Dairy, notified the panel on Aug. 1.\n\"All our attempts to deal with the loans have "
     "only resulted in a moment's reprieve followed by further threats.\"",
     ["Karen Olson", "Karen Olson"]),
    ("a crowd's chant after a clause of people is theirs, even where the sentence's subject is someone else",
     "Clinton spoke near the casino, where about 50 protesters had gathered on Wednesday, chanting \"no contract, no "
     "peace\" after the union failed.\nTrump spoke to the reporters, who had gathered outside, saying \"we will win "
     "this state by a lot.\"", ["about 50 protesters", "Trump"]),
    ("'her statement' speaks for her, 'her biography' only about her",
     "Senator Jo Lim spoke on Monday. In her statement, she said the bill was “a disgrace.”\nAccording to her "
     "biography, she “never lost an election.”", ["Jo Lim", "Jo Lim's biography"]),
    ("a role description after someone who did not speak stays a description",
     "John Doe, 25, was shot on Main Street on Friday night. “He was hit twice in the chest,” the officer said.",
     ["officer"]),
    ("a role description of someone else's aide stays a description",
     "Committee Chairman Roger Wicker (R-Miss.) said he expects Cruz to campaign this fall. “I think politicians "
     "are practical people,” said the senior Cruz adviser.", ["senior Cruz adviser"]),
    ("a party and state after a name give its roles",
     "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated tax credits. Rubio was asked by the moderator about "
     "costs. Later the Florida senator said that “the family is the most important institution.”", ["Marco Rubio"]),
    ("whom a pronoun speaks of is not the speaker",
     "Asked about Donald Trump, Mark Cuban said Trump lacks curiosity. Trump once praised Cuban.\n\n"
     "“You’ve got to be able to adapt,” he said of Trump.", ["Mark Cuban"]),
    ("whom a pronoun speaks to is not the speaker",
     "Sean Hannity asked Donald Trump about the wall on Wednesday night.\n\n"
     "“I think the height could be 35 to 45 feet,” he told Hannity.", ["Donald Trump"]),
    ("a description is not the title of a name written after it",
     "At a rally last week, Mike Pence showed the crowd a clip of Gov. Ann Poole trying to defend her budget.\n"
     "“Governor Poole, let me help you out - the answer is no,” the Republican vice-presidential nominee riffed "
     "on Poole’s non-answer.", ["Republican vice-presidential nominee"]),
    ("a subject pronoun is nobody named later in its clause",
     "Glenn Beck campaigned in Indiana on Monday.\n\nTed Cruz has trailed in the polls there. The radio talker has "
     "filled his speeches for Cruz with religious imagery. He has declared Cruz to be “anointed” by God.",
     ["Glenn Beck"]),
    ("a name in a clause after the pronoun's own may still be the pronoun's person",
     "The files held paintings by George Bush.\n\nMarcel Lazar, in a green jumpsuit, said little in court.\n\n"
     "“They’re all accurate,” he said after the prosecutor read the facts to which Lazar admitted.",
     ["Marcel Lazar"]),
    ("a pronoun's speech verb inside a report continues the reporter named in its sentence",
     "Chris Christie endorsed Donald Trump in February. Asked about his criticisms of Trump, Christie said that "
     "was natural - no different, he said, from a rival calling Reagan's policies “voodoo economics.”",
     ["Chris Christie"]),
    ("a function word opening sentences is no person, whatever pronouns follow it",
     "Donald Trump spoke on the final night.\n\nThroughout his remarks, Trump cast himself as a change agent. "
     "Throughout the night, his family cheered.\n\n“I have joined the political arena so that the powerful can "
     "no longer beat up on people,” he said.", ["Donald Trump"]),
    ("a speaker pronoun continues the reporter of the sentence before, not a person named since in a quote",
     "Bernie Sanders took questions at a town hall.\n\nChris Brownell, an audience member, said he earns $41,000 a "
     "year and asked how he would be helped by Sanders' plan to raise taxes for his health care plan.\n\nSanders "
     "said the tax increase would be more than offset by the $5,000 a year people would save on premiums.\n\n"
     "“I've been criticized for this, but I believe health care is a right,” he said.", ["Bernie Sanders"]),
    ("a name someone would elect or back does not break a run of pronouns for the person speaking",
     "Charter backers held a rally on Monday.\n\nMartha Walz approaches it a bit more diplomatically. She said she "
     "would rather see money spent to elect Hillary Clinton than spent on the campaign.\n\n“They are trying to "
     "defeat opportunity for kids,” she said.", ["Martha Walz"]),
    ("'the governor' is not the one person introduced as a former governor",
     "Chris Hale, the brusque, take-no-prisoners governor of New Jersey, backed Trump.\n\nRepublican Christine Todd "
     "Whitman, the former New Jersey governor, called it a mistake.\n\nHale defended his endorsement this week on his "
     "radio show.\n\n“I have known him for 14 years,” the governor said.", ["Chris Hale"]),
    ("a headline's verb gives the name after it no role",
     "Former Clinton Pollster Says Clinton Is In Trouble.\n\nFormer Bill Clinton pollster Douglas Schoen was a guest on "
     "the show. Schoen described the dire situation Hillary Clinton is facing in the primary.\n\nSanders is only "
     "trailing by two points against Clinton.\n\nSchoen told host Sean Hannity a Clinton loss is “increasingly "
     "likely.”\n\nThe former pollster said, “She is behind in a number of polls.”", ["Douglas Schoen", "Douglas Schoen"]),
    ("the one who runs an organisation is its chief, head or leader",
     "NATO Secretary-General Mark Rutte met ministers in Brussels on Tuesday.\n\n\"We stand together,\" the NATO "
     "chief said.\n\nMark Tully, the head of the agency, spoke next. \"We agree,\" the agency chief said.",
     ["Mark Rutte", "Mark Tully"]),
    ("a member of Congress is the lawmaker; a person written with an age is the one of that age",
     "Rep. Tom Hale introduced the bill on Monday.\n\n\"It is overdue,\" the lawmaker said.\n\n"
     "Ann Kerr, 64, and Jo Bell, 41, watched from the gallery. \"It will pass,\" the 64-year-old said.",
     ["Tom Hale", "Ann Kerr"]),
    ("'the company' or 'the campaign' is the body that opened a recent sentence speaking, never a person",
     "Acme Corp. said on Monday it would cut 500 jobs.\n\n\"We regret the decision,\" the company said.\n\n"
     "The Ruiz campaign suggested the aide acted alone. \"He did,\" the campaign said.\n\n"
     "Hale said he would not quit. He spoke for an hour. \"We will fight on,\" the group said.",
     ["Acme Corp.", "Ruiz campaign", "group"]),
    ("an occupation given in an apposition links 'the teacher' and 'the nurse' to their people",
     "Tom Hale, a teacher at Lincoln High, and Ann Kerr, a nurse, spoke to reporters.\n\n\"We are tired,\" the "
     "teacher said. \"So are we,\" the nurse said.", ["Tom Hale", "Ann Kerr"]),
    ("the pontiff is the pope the text named",
     "Pope Leo visited Lima on Friday.\n\n\"Build bridges, not walls,\" the pontiff said.", ["Leo"]),
    ("a member of Congress written with party and state is that state's Democrat or Republican",
     "Sen. Ann Kerr (D-Mass.) and Sen. Tom Ruiz (R-Ohio) spoke on Monday.\n\n\"It is rigged,\" the Massachusetts "
     "Democrat said. \"It is not,\" the Ohio Republican said.\n\n\"Enough,\" the Democrat said.",
     ["Ann Kerr", "Tom Ruiz", "Democrat"]),
    ("a surname the parse reads as an adverb right before a verb with no subject is its subject",
     "Bill Skelly ran the data team for the party in 2012.\n\nAnd Skelly called Braynard “a real smart guy. I’d "
     "imagine he’s a good asset.”\n\nRex Early, a longtime party leader, backs Trump.\n\nInformed of the county’s "
     "lean, Early described it as “news to me.”", ["Bill Skelly", "Rex Early"]),
    ("a naming verb whose object ends at the marks names in its namer's words; not a thing's name",
     "Carlos Beruff is running for the Senate. Beruff, a Scott ally, called Florida’s standards “strong.”\n\n"
     "Sanders’ campaign called AP’s report a “rush to judgment,” because superdelegates can change their minds.\n\n"
     "Carson shared a syllabus for a 2002 psychology class called “Perception” on Sunday.",
     ["Carlos Beruff", "Sanders’ campaign"]),
    ("a surname that is also a function word resolves to the full name",
     "Prime Minister Theresa May spoke in London on Monday. “We will deliver Brexit,” May said. Columnist George "
     "Will wrote on Sunday. “The party has lost its way,” Will said.", ["Theresa May", "George Will"]),
    ("a dateline with its date and agency is no subject",
     "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement on Monday, offering “a "
     "deep and sincere apology” to Sen. Bernie Sanders after leaked emails showed staff favoring Hillary Clinton.",
     ["Democratic National Committee"]),
    ("a speech verb the parse joins to the clause another speech verb reports belongs to the reporter",
     "Donald Trump defended his aide on Tuesday. Trump conceded that Lewandowski had touched Fields but implied "
     "that it was Fields's fault for \"grabbing\" at the candidate.\n\nMayor Ann Ruiz spoke on Monday. Ruiz "
     "conceded that Chief Tom Hale had made mistakes but insisted that the department was \"moving forward\" with "
     "reforms.", ["Donald Trump", "Ann Ruiz"]),
    ("the one holder of an office named just before the quote, unless the holder's state differs",
     "Donald Trump pointed to China on Tuesday.\n\nSen. Bernie Sanders on Wednesday also called upon the U.S. to "
     "press China.\n\n\"China is equally concerned about what North Korea is doing,\" the independent Vermont "
     "senator told ABC.\n\nSen. Marco Rubio (R-Fla.) on Thursday also called upon the U.S. to press China.\n\n"
     "\"China is worried,\" the Texas senator told ABC.", ["Bernie Sanders", "Texas senator"]),
    ("a pronoun after an unnamed person the narrator has speak is that person, by the text's first description",
     "A fire destroyed a Harlow Foods store in Banstead on Friday.\nA police spokeswoman said nearby shops suffered "
     "smoke damage.\nOfficers closed the roads for some time, but the spokeswoman said they were all reopened by "
     "Saturday.\nShe added: \"The focus today has been to keep the public safe and return normality to the area.\"",
     ["police spokeswoman"]),
    ("... but a person named before the description is who it means",
     "Sgt. Maria Lopez led the search on Friday.\nThe roads were closed for hours, but the sergeant said they were "
     "all reopened by Saturday.\nShe added: \"The focus today has been to keep the public safe and return normality "
     "to the area.\"", ["Maria Lopez"]),
    ("a pronoun opening its sentence is the one person of its gender the sentence before opens on as subject",
     "\"We will keep the pressure on,\" said Debbie Wasserman Schultz, the party chairwoman.\n\nRoseAnn DeMoro, "
     "executive director of a nurses union that has endorsed Mr. Sanders, also said her group planned to take part in "
     "demonstrations.\n\n\"We will be a significant force inside and outside,\" she said.",
     ["Debbie Wasserman Schultz", "RoseAnn DeMoro"]),
    ("a heading in capitals is no person",
     "ABSTRACT.\n\nAdm. Harry B. Harris Jr. makes no apologies for his words.\n\nFULL TEXT.\n\nHe has called China "
     "''provocative and expansionist.'' ''You'd have to believe in a flat earth to think otherwise,'' he said.",
     ["Harry B. Harris Jr.", "Harry B. Harris Jr."]),
    ("what something reminds someone of is no speech",
     "Patrick Murphy, a Jupiter Democrat, has made school funding his chief priority.\n\nHe said he has seen schools "
     "in Florida that reminded him of “a third-world country,” where teachers didn’t have supplies and students had "
     "to share old textbooks.", ["Patrick Murphy"]),
    ("a participle after an infinitive belongs to who does the clause",
     "The campaign effort is starting slowly. Its post-primary salvo began with a 45-second Web ad, \"Playing "
     "Trump,\" in which children use a Trump action figure to bash in a dollhouse, yelling \"eminent domain!\"",
     ["children"]),
    ("a quote set off by dashes is the aside of the clause before",
     "And although former Maryland governor Martin O'Malley lamented her tendency to commit gaffes - \"does she have "
     "to keep giving them so much ammunition?\" - Democrats in Iowa who watched the Saturday debate said they were "
     "unfazed by the flap.", ["Martin O'Malley"]),
    ("a that-clause after a possessed speech noun is the possessor's words",
     "Donald Trump and Marco Rubio met in Miami on Thursday.\n\nAs the debate progressed and Trump stood by his "
     "comment Monday that \"Islam hates us,\" refusing to acknowledge that not all Muslims hate the U.S., Rubio "
     "again tried to rebuke him.", ["Donald Trump"]),
    ("the sentence right after an uncued quote can say whose it is",
     "\"I'd rather have a sister in a casino than a brother in the bureau.\" That quote from Alabama Securities "
     "Commissioner Thomas Krebs appeared on the front page on Monday.", ["Thomas Krebs"]),
    ("... over an unnamed speaker its own sentence gives",
     "A Minneapolis rap musician who put together a big party where four people were shot said Monday that the "
     "bloodshed compels him to disavow violence in his music “from this day forward.”\nThe statement from Tavonte "
     "Woods follows the mayhem that broke out early Saturday.", ["Tavonte Woods"]),
    ("a sentence opening on a possessed noun and its apposition opens on the apposed name, not the possessor",
     "Kimo Tellen was arrested on Friday. Tellen had driven to the station, police said. Tellen was held "
     "overnight.\nTellen's younger sister, Zuriah Tellen, 22, told reporters that her brother had been at work all "
     "day.\nShe added that he had \"nothing to hide\" and would cooperate.", ["Zuriah Tellen"]),
    ("a capitalised title in a name's apposition makes it a person's",
     "The county approved the plan on Tuesday.\nLorcan Vey, Director of Research at the Harbor Trust, welcomed the "
     "ruling.\n“We are relieved the court saw sense today.\nThe ruling protects forty families who had nowhere else "
     "to go this winter.”", ["Lorcan Vey", "Lorcan Vey"]),
    ("a line opening on 'said' and a name credits the quote that ends on a stop above it, all its lines",
     "Neighbours gathered at the corner on Monday.\n\"This child had nothing to do with any of it.\nA life lost.\"\n"
     "said Dorrit Vale with the Eastside Council.\nThe police have made no arrests.", ["Dorrit Vale", "Dorrit Vale"]),
    ("a speaking 'it' goes back past sentences that open on 'It' to the text that spoke",
     "Staff at the bank sent a letter to the board on Monday.\nAs for Mr. Hale, the staff letter noted that surveys "
     "\"made it painfully clear that the bank is in crisis.\"\nIt also pointed up a core complaint: that Mr. Hale was "
     "prone to making changes alone.\n\"Only one in three understand where the managers are leading us,\" it added.",
     ["staff letter", "staff letter"]),
    ("a 'he said' after a quote over several paragraphs is the reporter of the sentence before the quote",
     "Fire chief Dale Marsh said as many as 40 firefighters fought the blaze, which started about 9:40 p.m.\n"
     "The hall, which seats up to 1,000 people, was heavily damaged by flames and smoke, pastor Tom Reed said.\n"
     "\"The investigators and insurance people are there now.\nThere's definitely a lot of damage.\nI've heard the "
     "figure of $1 million, but I don't know for sure,\" he said.\nMarsh said the cause was not yet known.",
     ["Tom Reed", "Tom Reed", "Tom Reed"]),
    ("... but not one who asked: who asks is seldom who answers",
     "Paul Rowe spoke to reporters on Sunday.\nRowe also did not exude confidence when Jake Tamm asked whether his "
     "party would hold the House.\n\u201cThe one thing you can predict of this year, it is unpredictable. So I just "
     "don\u2019t think you can draw parallels. So you always run like everything\u2019s on the line,\u201d he said.",
     ["Paul Rowe"]),
    ("a numbered name keeps its number",
     "The charter was signed in 1951 and amended in 1967. Article 12 affirms: “No member state shall expel a refugee "
     "to a place where his life would be threatened.”", ["Article 12"]),
    ("an editorial speaks for the paper it ran in",
     "\"The council has lost its way and its nerve,\" said an editorial in the weekly Harbor Ledger.",
     ["Harbor Ledger"]),
    ("'said the coast guard chief' after a quote over several paragraphs: who had declared it just before, a rank "
     "spelled out marking the person",
     "The coast guard was criticised for the rescue, but Admiral Ravi Kolar had declared that his crews did nothing "
     "wrong.\n\"The weather changed within minutes.\nWe followed every rule,\" said the coast guard chief.\n"
     "The minister agreed.", ["Ravi Kolar", "Ravi Kolar"]),
    ("... but a description the text used before for someone unnamed stays that one",
     "The judge rubbed his chin. He noted that he and Ben Brafman had basically said the same thing. "
     "\u201cEverything you said, I said too,\u201d the judge exclaimed.", ["judge"]),
    ("a partial quote in a clause on a hearing the reporter spoke after is the clause's speaker's",
     "Prosecutor Dana Cole told reporters a few hours after a court hearing where Lane\u2019s lawyer Mark Ruiz said she "
     "was \u201cresting in the care\u201d of a clinic.", ["Mark Ruiz"]),
    ("a forecast speaks for the firm it is by",
     "A forecast by the research firm Hale Analytics, prepared for a trade group, predicted that a \u201clarge share "
     "of shops\u201d would close.", ["Hale Analytics"]),
    ("'the report' speaks for whoever released it, a month between",
     "A report released in May by the Dunmore Institute of Policy noted that wages rose. \u201cWorkers are better "
     "off than a decade ago,\u201d the report concluded.", ["Dunmore Institute"]),
    ("'the statement said' speaks for the body the statement was from",
     "The patrol boats tried to flee when they saw the helicopter, according to a statement from the Kenyan "
     "government. Marines boarded the boats and seized \u201ca large cache of rifles,\u201d including four machine "
     "guns, the statement said.", ["Kenyan government"]),
    ("'in the words of a senior adviser': the adviser, unnamed",
     "Hours before Mr. Obama spoke, word emerged that he would build his library in Chicago and that Mrs. Clinton "
     "was, in the words of a senior adviser, \u201cthe torchbearer\u201d of his legacy.", ["senior adviser"]),
    ("a study 'by economists at' a university and more speaks for the first body named",
     "The tax cut emissions by 10 percent with \u201cnegligible effects on growth,\u201d according to a study last "
     "year by economists at Hale University and the University of Dunmore.", ["Hale University"]),
    ("a name of unknown given name beside a word for a person ('a 70-year old pensioner') is a person's",
     "\"The crowds sent a message to the government,\" said Ilias Markos, deputy head of the union.\nApostolis "
     "Karavidakis, a 70-year old pensioner who lives on less than 1, 000 euros a month, said the walkouts were needed "
     "to force a change of course.\n\"I agree with the strikes.\nIf people don't protest, how will things change?\" "
     "he said.", ["Ilias Markos", "Apostolis Karavidakis", "Apostolis Karavidakis"]),
    ("'cracked' reports a quote set off by dashes",
     "Yet in spite of persistent carping that Mr. Hale is nothing but a quixotic dreamer - during their first debate, "
     "Ann Cole cracked, ''I'm a reformer, but I'm a reformer who likes to get things done'' - he has often been an "
     "effective, albeit modest, legislator.", ["Ann Cole"]),
    ("a quote ending on a comma leaves its report to what follows, not to a verb a sentence before",
     "Between September 2011 and November 2012, Daniel F. Shore, a former political consultant for Mr. Cole, arranged "
     "about a dozen meetings with State Department officials on behalf of or with Mr. Petrenko to discuss the "
     "continuing political crisis in Ukraine, according to reports Mr. Shore filed as a registered lobbyist. ''I had "
     "breakfast with Petrenko. He will see you at the Brookings lunch,'' Melinda Vance, a Ukrainian-American then "
     "working for the State Department, wrote in a June 2012 email to Mrs. Cole.", ["Melinda Vance"]),
    ("'the admiral chuckled. \"...,\" he said': whom the description subject before the quote stands for",
     "Admiral Ray Kolar leads the fleet in the Pacific. The chairman of the Joint Chiefs, Gen. Tom Reyes Jr., recently "
     "asked Admiral Kolar just that question. In a conversation overheard by a reporter, the admiral's answer was "
     "indistinct. Asked later - war or not over the shoal - the admiral chuckled.\n''It is good that my voice is "
     "low,'' he said, popping a soda as he sat on a couch.", ["Ray Kolar"]),
    ("a quote with no cue after 'a Defence Ministry statement said' is the ministry's, all its paragraphs",
     "India's INS Mysore was on patrol when it received a distress call from the merchant ship MV Gibe saying two "
     "boats were closing in and firing, a Defence Ministry statement said.\n\"On sighting the helicopter and Mysore, "
     "the boats disengaged from MV Gibe and attempted escape.\nMysore closed the vessels and ordered them to "
     "stop.\"\nIndian commandos boarded the larger boat, the statement said.", ["Defence Ministry", "Defence Ministry"]),
    ("an unnamed spokesman keeps the body he speaks for",
     "Engineers were called to switch off the power. A spokesman for Harbor Foods said: \u201cLuckily no-one has "
     "been hurt and we are very grateful to the fire service.\u201d", ["spokesman for Harbor Foods"]),
    ("'as NAME did' after a report names the one who did",
     "Its anchors do not hesitate to report that \u201cthe science is unsettled,\u201d as Dana Moore recently did, "
     "or that warnings are coming from activists.", ["Dana Moore"]),
]


@pytest.mark.parametrize("text, speakers", [pytest.param(text, speakers, id=what)
                                            for what, text, speakers in RESOLUTION_CASES])
def test_speakers_by_resolution_rule(ex, text, speakers):
    assert _speakers(ex, text) == speakers


def test_a_parenthesis_with_a_period_does_not_end_a_sentence():
    from corroborate.quotes.marks import sentence_starts

    text = "Harry Reid (D-Nev.) blasted him. Then he left."
    assert sentence_starts(text) == [0, text.index("Then")]


def test_a_name_always_after_the_is_no_he_or_she():
    from corroborate.quotes.names import NameIndex

    names = NameIndex("Mattie Thomas met the Clintons in Iowa. Later the Clintons left. Thomas stayed.")
    assert names.always_after_the("Clintons") and not names.always_after_the("Mattie Thomas")


def test_a_family_named_after_the_is_no_candidate_for_she():
    from corroborate.quotes import ranker
    from corroborate.quotes.speakers import Resolver

    text = ("Mattie Thomas, 66, is a retired cook. She concedes that most of her friends love the Clintons.\n\n"
            "“You are not going to change that,” she said.")
    regions = [(text.index("“"), text.index("”") + 1)]
    res = Resolver(text, NameIndex(text, {"Mattie Thomas", "Clintons"}, set(), regions), regions)
    pos = text.index("she said")
    assert "Clintons" not in [name for name, _ in ranker.candidates(res, pos, "f")]
    assert "Clintons" in [name for name, _ in ranker.candidates(res, pos, None)]


def test_a_team_before_its_owner_only_qualifies_the_owner():
    text = "Red Sox owner John Henry has said his team will not sign Mark Teixeira. The Red Sox said nothing."
    names = NameIndex(text, {"Red Sox", "John Henry", "Mark Teixeira"}, set())
    starts = [start for start, _, _ in names.persons_before(len(text), loose=True)]
    assert 0 not in starts and text.index("John Henry") in starts  # "Red Sox owner": a role's qualifier


def test_a_word_for_a_person_set_before_a_name_marks_a_person():
    text = "Mr. Hale won.\n\nOne pastor supporting Mr. Cole, Darran Whitby of Grace Church, spoke. The deal, Acme Ltd"
    names = NameIndex(text)
    assert names.is_person("Darran Whitby") and not names.is_person("Acme Ltd")


def test_a_plural_noun_after_a_word_is_no_speech_verb():
    names = NameIndex("Harsh comments are earning some Germans more than scorn. Lenz comments on it daily.")
    assert not names.lookup("Harsh")[0].speaks  # "comments are": the noun the word qualifies
    assert names.lookup("Lenz")[0].speaks


def test_a_name_that_she_keeps_following_is_a_person_whatever_the_tagger_said():
    text = ("Bettie Page died on Thursday. Page said she was puzzled by her fame. Later Page said she had no "
            "regrets, and Page said she was happy. American Muslims met him, and American Muslims said he was kind. "
            "American Muslims said he had come.")
    names = NameIndex(text, persons=set(), orgs={"bettie page", "american muslims"})
    assert names.is_person("Bettie Page")
    assert not names.is_person("American Muslims")  # a people, whatever follows it


def test_she_never_stands_for_the_only_man_named_before(ex):
    text = ("John Kerry praised the vote in Rangoon on Monday.\n\n"
            "One volunteer, a doctor, was more circumspect.\n\n"
            "\"We have to be cautious about it. It is almost hard to believe what happened here,\" she said.")
    assert _speakers(ex, text) == [None]  # not "John Kerry": agreement rules him out even when nobody is left


def test_a_works_name_is_no_form_of_a_persons_name():
    names = NameIndex("Bettie Page died. Her life inspired the 2005 film The Notorious Bettie Page. Polls show Page "
                      "ahead, and Page said she was proud.")
    assert names.fullest("Page") == "Bettie Page"
    assert len(names.lookup("Page")) == 2  # "Polls show Page": a verb, not a kind of work
