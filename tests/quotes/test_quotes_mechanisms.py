"""Each extraction mechanism on short sentences written for these tests."""
from __future__ import annotations

import pytest

from corroborate.quotes import QuoteExtractor
from corroborate.quotes.marks import find_spans


@pytest.fixture(scope="module")
def ex() -> QuoteExtractor:
    return QuoteExtractor()


def _quotes(ex: QuoteExtractor, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    out = []
    for q in ex.extract(text, "t"):
        assert text[q.start : q.end] == q.text
        out.append((q.text, q.speaker, q.cue, q.partial))
    return out


def test_pronoun_and_continuation(ex):
    text = "Senator Jane Holt spoke on Monday.\n“We will win this fight,” she said. “Nobody doubts it.”"
    assert _quotes(ex, text) == [
        ("We will win this fight,", "Jane Holt", "said", False),
        ("Nobody doubts it.", "Jane Holt", "said", False),
    ]


def test_pronoun_picks_the_matching_gender(ex):
    text = ("Maria Lopez, the mayor, met Governor Frank Hill on Monday.\n"
            "“The bridge will be rebuilt by the end of next year,” she said.")
    assert _quotes(ex, text)[0][1] == "Maria Lopez"


def test_colon_intro(ex):
    text = "Mayor Tom Baker addressed the crowd. Later he said: “The budget is balanced and the city is safe.”"
    assert _quotes(ex, text) == [("The budget is balanced and the city is safe.", "Tom Baker", "said", False)]


def test_colon_intro_in_previous_paragraph(ex):
    text = "Dana Reed continued:\n\n“The numbers are not good and everyone in this room knows it.”"
    assert _quotes(ex, text)[0][:2] == ("The numbers are not good and everyone in this room knows it.", "Dana Reed")


def test_dash_intro(ex):
    text = "The minister, Anna Kovacs, was blunt — “There is no money left for this project at all.”"
    assert _quotes(ex, text)[0][1] == "Anna Kovacs"


def test_multi_paragraph_quote(ex):
    text = ("Ray Dunn opened the meeting.\n“This is the first paragraph of a long statement that goes on.\n"
            "“And this is the second paragraph, which closes the quote,” Dunn said.")
    quotes = _quotes(ex, text)
    assert [q[0] for q in quotes] == ["This is the first paragraph of a long statement that goes on.",
                                      "And this is the second paragraph, which closes the quote,"]
    assert all(q[1] == "Ray Dunn" for q in quotes)


def test_scare_quotes_and_titles_rejected(ex):
    text = ("The film “Dark Waters” opened on Friday. The so-called “experts” were not impressed by the “plot.” "
            "Ann Lee won by sending what has been described as a “political army” into the state.")
    assert _quotes(ex, text) == []


def test_a_work_named_in_apposition_to_its_kind_is_no_quote(ex):
    text = ("\"A strike would be awful,\" said Ann Howe, the former actor and director of \"A Long Night\" whose "
            "latest film, \"Frost/Dawn,\" is considered a strong contender.")
    assert [q[0] for q in _quotes(ex, text)] == ["A strike would be awful,"]


def test_single_quotes_inside_double(ex):
    text = "“I told them, ‘never again,’ and I meant it,” said Governor Lisa Park."
    assert _quotes(ex, text) == [("I told them, ‘never again,’ and I meant it,", "Lisa Park", "said", False)]


def test_straight_and_curly_marks(ex):
    text = "\"The plan is dead,\" said Paul Reyes. “We will start over next year,” Reyes added."
    assert _quotes(ex, text) == [("The plan is dead,", "Paul Reyes", "said", False),
                                 ("We will start over next year,", "Paul Reyes", "added", False)]


def test_partial_quotes(ex):
    text = "Acme Corp. said in a statement that the recall was “a precaution” and “not an admission of fault.”"
    quotes = _quotes(ex, text)
    assert [q[0] for q in quotes] == ["a precaution", "not an admission of fault."]
    assert all(q[3] and q[1] and "Acme" in q[1] for q in quotes)


def test_description_resolves_to_name(ex):
    text = "The NATO chief Mark Rutte met reporters. “We stand united,” the NATO chief said."
    assert _quotes(ex, text)[0][1] == "Mark Rutte"


def test_surname_and_title_resolve_to_fullest_name(ex):
    text = ("President Donald Trump spoke in Ohio. Later, Secretary of State Ann Wells arrived.\n"
            "“We are winning,” Trump said. “It is going well,” said Secretary Wells.")
    speakers = [q[1] for q in _quotes(ex, text)]
    assert speakers == ["Donald Trump", "Ann Wells"]


def test_speaker_inside_the_quote(ex):
    text = "“The deal,” Kim Sato said, “is finished for good and will not come back.”"
    quotes = _quotes(ex, text)
    assert [q[1] for q in quotes] == ["Kim Sato", "Kim Sato"]


def test_unbalanced_marks_keep_the_other_quotes(ex):
    # an odd number of marks in a paragraph must not drop its well-formed quote
    spans = find_spans("“We are ready,” Lee said, adding that the “plan")
    assert spans[0].closed and spans[0].start == 1


def test_empty_and_markless_text(ex):
    assert ex.extract("", "e") == []
    assert ex.extract("No quotes here at all.", "e") == []


def test_deterministic_and_batch_equals_single(ex):
    texts = ["“Yes, we will,” said Ana Diaz.", "“No,” he said.", ""]
    batch = ex.extract_many([(t, f"a{i}") for i, t in enumerate(texts)])
    single = [ex.extract(t, f"a{i}") for i, t in enumerate(texts)]
    assert batch == single
    assert [q.id for q in batch[0]] == ["a0:q0"]


def test_titles_after_a_cue_are_not_quotes(ex):
    text = "Lena Ortiz said on NBC’s “Meet the Press” that the “vote will be close,” and she appeared on “This Week.”"
    quotes = _quotes(ex, text)
    assert [q[0] for q in quotes] == ["vote will be close,"]
    assert quotes[0][1] == "Lena Ortiz" and quotes[0][3]


def test_a_name_used_as_a_noun_is_no_quote(ex):
    text = ("The studio wants a new director.\n\"Moon,\" like \"Twilight,\" is based on the books written by Stephenie "
            "Meyer.\nThousands of self-described “Berners” have come to express their anger, said Jo Hale.\n"
            "“Meh,” wrote a Trump supporter.\nComedians staged a play called “Sons of Trump” in Mexico City, and "
            "“Twilight” director Cate Hale left, Jo Lim said.\nHer birth certificate spelled her name \"Betty,\" she "
            "told the paper. Jo Lim said Hugh Jackman, star of the romantic epic \"Australia,\" will host.")
    assert [(q[0], q[1]) for q in _quotes(ex, text)] == [("Meh,", "Trump supporter")]


def test_a_headline_with_its_byline_is_no_quote(ex):
    text = ("SHORT READS:\n\n—\"An art teacher in Queens gets a gallery show at last,\" by the Daily Post's Amy Lane: "
            "http://example.com/x.\n\nShe was “thrilled to be recognised,” the teacher said, as labeled “a gem” by Ann Cole.")
    assert [q[0] for q in _quotes(ex, text)] == ["thrilled to be recognised,", "a gem"]


def test_cue_before_quote_lowercase_start(ex):
    text = 'Instead, Dan Axelrod said, "she started as such a prohibitive favorite, and it showed."'
    quotes = _quotes(ex, text)
    assert quotes == [("she started as such a prohibitive favorite, and it showed.", "Dan Axelrod", "said", True)]


def test_speaker_between_two_quote_parts_inverted(ex):
    text = '"The risk," said Edward Leamer, an economist, "is that we are going to lose the jobs."'
    assert [q[1] for q in _quotes(ex, text)] == ["Edward Leamer", "Edward Leamer"]


def test_partial_quote_under_a_persons_verb(ex):
    text = "Governor Lisa Park supports “appropriate pay raises” for every teacher in the state."
    assert _quotes(ex, text) == [("appropriate pay raises", "Lisa Park", "supports", True)]


def test_report_goes_to_its_outer_source(ex):
    text = "“We will close the plant in March,” Paul Greer said on Tuesday, according to the Valley Herald."
    assert _quotes(ex, text)[0][1] == "Valley Herald"


def test_sentence_opening_word_is_no_part_of_a_name():
    from corroborate.quotes.names import NameIndex

    text = "Despite Okonjo, the plan moved ahead. Okonjo despite everything stayed calm."
    names = NameIndex(text)
    assert names.trim(["Despite", "Okonjo"], 0) == ["Okonjo"]
    assert "Despite Okonjo" not in {n.text for _, _, n in names.mentions}


def test_headline_verb_splits_a_capitalised_run():
    from corroborate.quotes.names import NameIndex

    names = NameIndex("Senator Alma Ruiz Says Budget Fails.\n\nRuiz spoke.")
    assert "Alma Ruiz" in {n.text for _, _, n in names.mentions}


def test_nested_report_goes_to_the_outer_speaker(ex):
    text = "Ivo Brandt said the council told farmers that “the water will be shut off in May for everyone.”"
    assert _quotes(ex, text)[0][1] == "Ivo Brandt"


def test_news_outlet_reporting_a_quote(ex):
    text = "Mara Quist said “no comment” twice, the Valley Herald reported."
    assert _quotes(ex, text)[0][1] == "Valley Herald"


def test_verb_right_before_the_marks_governs(ex):
    text = "When Omar Ruiz suggested a delay, Nadia Sol fired back: “We will not wait another year for this.”"
    assert _quotes(ex, text)[0][1] == "Nadia Sol"


def test_named_subject_preferred_over_a_stray_one(ex):
    text = "WXYZ co-host Rhea Mott said, “That is simply not what happened on the night.”"
    assert _quotes(ex, text)[0][1] == "Rhea Mott"


def test_hyphenated_title_is_dropped():
    from corroborate.quotes.nameforms import strip_name

    assert strip_name(["Secretary-Treasurer", "Gary", "Lund"])[0] == ["Gary", "Lund"]


@pytest.mark.parametrize("run, name", [
    ("Cubs GM Theo Epstein", "Theo Epstein"), ("Undersheriff Larry Waldie", "Larry Waldie"),
    ("Senate Majority Whip John Cornyn", "John Cornyn"), ("Breitbart’s Joel Pollak", "Joel Pollak"),
    ("Commerce Gary Locke", "Gary Locke"),  # the run after "Secretary of"
    ("Political Affairs Wendy Sherman", "Wendy Sherman"),
    ("Homeland Security Jeh Johnson", "Jeh Johnson"),  # a given name the lists do not know
    ("Norbert Leo Butz", "Norbert Leo Butz"), ("Billie Jean King", "Billie Jean King"),  # middle names stay
    ("GM", "GM"),  # alone, a company
])
def test_whose_or_what_office_before_a_name_is_no_part_of_it(run, name):
    from corroborate.quotes.nameforms import strip_name

    assert " ".join(strip_name(run.split())[0]) == name


def test_what_a_passive_speech_verb_is_said_of_is_no_speaker(ex):
    text = ('Mark Tell hit 100 home runs in his first three seasons. He has been described as the "apple of the '
            'owner\'s eye." Jo Lee was quoted as saying "we will win" and is reported to have called rivals "cowards."')
    assert [q[:2] for q in _quotes(ex, text)] == [("we will win", "Jo Lee"), ("cowards.", "Jo Lee")]


def test_the_subject_of_a_joined_clause_the_parse_hung_on_an_object(ex):
    text = ("If you doubt the council, the Daily Ledger will brand you a liar and KXTV News will accuse you of "
            "staging a \u201cfreak out.\u201d")
    assert [q[1:3] for q in _quotes(ex, text)] == [("KXTV News", "accuse")]


def test_a_name_someone_calls_another_is_their_words_however_capitalised(ex):
    text = ("Tom Reyes attacked his rivals at the debate. Within minutes, he called Rubio \u201cLittle Marco\u201d "
            "several times.\n\nAnn Cole starred in a play called \u201cThe Long Night\u201d last year.")
    assert [q[:2] for q in _quotes(ex, text)] == [("Little Marco", "Tom Reyes")]


def test_the_attribution_after_the_marks_beats_a_later_clause_the_parse_hangs_the_quote_on(ex):
    text = ("\u201cTell her I promised you a picture,\u201d Betsy Ebeling said, and her husband Tom added. "
            "\u201cDon\u2019t forget me -- I\u2019ve been friends with her since high school.\u201d")
    assert _quotes(ex, text)[0][1:3] == ("Betsy Ebeling", "said")


@pytest.mark.parametrize("text, speakers", [
    pytest.param('"The rule frees the agencies," said Secretary of the Interior Dirk Kempthorne.\n\n'
                 'The Governor of Alaska has apologized if "undeserved attention" had led to the fire.',
                 ["Dirk Kempthorne", "Governor of Alaska"], id="an office before a name and an office alone"),
    pytest.param('Ann Cole went on offense against rival Tom Reyes on Monday, saying he would abdicate leadership in '
                 'the region, his world view is "dangerously wrong" and he is a "bully" -- all without speaking his '
                 'name.\n\nFrom her inability as secretary of state to secure the lives of those under her charge in '
                 'Tripoli, to being \u201cextreme careless\u201d in the handling of classified information \u2013 as '
                 'described by FBI Director Jim Comer \u2013 many believe Ann Cole has already proven herself '
                 'incapable on matters of national security.',
                 ["Ann Cole", "Ann Cole", "Jim Comer"], id="words not said; as described by"),
    pytest.param("Tom Hobbs leads the party, and Hobbs spoke for an hour on Tuesday. Much of Beck\u2019s ire was "
                 "also directed at Hobbs, who Beck on Wednesday called \u201ca horrible, despicable human being.\u201d",
                 ["Beck"], id="the name between who and its verb speaks"),
    pytest.param("In the final countdown, Ted Cruz is racing to visit all of the state\u2019s counties.\n\nCruz is "
                 "the only top-tier contender here to have pledged to visit every Iowa county and he has long used "
                 "that fact to bludgeon his chief rivals, Tom Reyes and Ann Cole, for not campaigning \u201cthe Iowa "
                 "way.\u201d",
                 ["Ted Cruz"], id="a speech verb on what a named subject is said to be"),
    pytest.param("Donald Trump won the primary on Saturday.\n\nSupporters gave each other high-fives and held signs "
                 "high above their heads as they celebrated. Some chanted \u201cUSA! USA!\u201d",
                 ["Supporters"], id="some speaking are some of the people before"),
])
def test_the_speaker_a_mechanism_gives(ex, text, speakers):
    assert [q[1] for q in _quotes(ex, text)] == speakers


def test_a_clause_set_against_a_report_is_a_report_of_its_own(ex):
    text = ('One expert said the facts "show that the shooting broke the rules" while Jo Cerar, a former '
            'commander, said "it appears to be a good shooting" under the circumstances.')
    assert [q[1:3] for q in _quotes(ex, text)] == [("One expert", "said"), ("Jo Cerar", "said")]


def test_a_speaking_they_is_the_plural_subject_before_it_never_one_person(ex):
    text = ('Police fired tear gas near parliament, where Alex Dimos was shot. The protesters, however, struggle to '
            'say what they want.\n\n"Do not bend your head down," they chanted in front of parliament.\n\n'
            'Lena Park and Jo Hale will produce the show. "We wanted to take the show to another form," they said.\n\n'
            'Mark Tell spoke next. "We will win this one for sure, no matter what," they said.')
    assert [q[1] for q in _quotes(ex, text)] == ["protesters", "Lena Park and Jo Hale", None]


def test_a_rank_of_some_office_before_a_name_is_that_persons(ex):
    text = '"These things do impact us," said Assistant Chief of Police Daniel Perkins.'
    assert _quotes(ex, text)[0][1] == "Daniel Perkins"


def test_a_report_of_its_own_after_a_quote_does_not_take_it(ex):
    text = ('"It is a very sad development," Cruz told reporters in Milwaukee. "This is the consequence of the '
            'culture of that campaign. It has no place in politics." Ohio Gov. Jo Kasich said he would have fired '
            'the manager, according to reports.')
    assert [q[1] for q in _quotes(ex, text)] == ["Cruz", "Cruz"]


def test_a_quote_continues_one_whose_speaker_stayed_unknown(ex):
    text = ('Governor Tom Reyes spoke first.\n\n"It just came out of my mouth," she said. "It was not planned."')
    assert [q[:2] for q in _quotes(ex, text)] == [("It just came out of my mouth,", None), ("It was not planned.", None)]


def test_a_participle_after_a_clause_of_people_is_theirs(ex):
    text = ('The rally was held just down the street from the hotel, where about 50 protesters had gathered on '
            'Wednesday morning, chanting "no contract, no peace" after the union failed to reach a deal.')
    assert _quotes(ex, text)[0][1] == "about 50 protesters"


def test_a_text_speaks_for_the_name_it_is_written_under(ex):
    text = ('Her campaign will reprint a withering Washington Post editorial that accuses Sanders of running a '
            '"fiction-filled campaign."\n\nOne tweet said: "This is very sad indeed for all of us here tonight."')
    assert [q[1] for q in _quotes(ex, text)] == ["Washington Post", "One tweet"]


def test_a_word_for_who_someone_was_there_is_no_part_of_their_name(ex):
    text = 'No arrests have been made. Attendee Angela Willis, 19, said “everybody was dancing when it started.”'
    assert _quotes(ex, text)[0][1] == "Angela Willis"


def test_two_roles_joined_before_a_name_are_that_persons(ex):
    text = '"In July alone, they lost $300,000," said Anchorage businessman and blogger Andrew Halcro, a critic.'
    assert _quotes(ex, text)[0][1] == "Andrew Halcro"


def test_passive_speech_verb_takes_its_agent(ex):
    text = "Mayor Lin Hart was asked by reporter Joel Vance whether the plan would “cost the city nothing at all.”"
    assert _quotes(ex, text)[0][1] == "Joel Vance"


def test_a_thing_that_speaks_is_its_makers_voice(ex):
    text = "Senator Gail Brock released a video that said “the farm bill will pass before the harvest.”"
    assert _quotes(ex, text)[0][1] == "Gail Brock"


def test_shipped_ranker_weights_fit_the_features():
    from corroborate.quotes import ranker

    assert ranker.weights() is not None and len(ranker.weights()) == len(ranker.FEATURES)


def test_pronoun_never_crosses_gender_when_a_match_exists(ex):
    text = ("Paul Grant spoke first at the rally in the park.\n\nHis wife, Nora Grant, followed.\n\n"
            "“We are going to keep fighting for this town,” she said.")
    assert _quotes(ex, text)[0][1] == "Nora Grant"


def test_local_government_titles_are_dropped_from_names(ex):
    text = "“The plan needs a vote first,” Councillor Ruth Okafor said on Tuesday."
    assert [s for _, s, _, _ in _quotes(ex, text)] == ["Ruth Okafor"]


def test_wh_word_subject_is_no_source(ex):
    text = "Senator Alan Pike laid out what was wrong with the bill: “The numbers never added up, and everyone in the room knew it.”"
    assert _quotes(ex, text)[0][1] == "Alan Pike"


def test_short_clause_after_a_comma_quote_attributes_it_whatever_its_verb(ex):
    text = ("The mayor spoke first.\n“The river will not flood this town again,” an angry Paul Ortiz shrugged. "
            "“We built the wall ourselves, and it will hold.”")
    assert [q[1] for q in _quotes(ex, text)] == ["Paul Ortiz", "Paul Ortiz"]
    text = "“We will keep the school open for every child in the county,” remembered Ana Ruiz, a teacher."
    assert _quotes(ex, text)[0][1:3] == ("Ana Ruiz", "remembered")


def test_inverted_verb_takes_the_person_after_a_long_title(ex):
    text = "“The audit shows that nobody followed the rules,” said Budget panel ranking Republican Tom Hill (R-Ohio)."
    assert _quotes(ex, text)[0][1] == "Tom Hill"
    text = "“Debate recap,” tweeted Rubio spokesman Alex Conant. “We won the night and the polls will show it.”"
    assert [q[1] for q in _quotes(ex, text)] == ["Alex Conant", "Alex Conant"]


def test_a_leading_clause_with_its_own_subject_keeps_its_verb(ex):
    text = ("Even as Ned Varga claimed that “the vote was stolen from us,” his rival Tom Pike said he would "
            "concede nothing.")
    assert _quotes(ex, text)[0][1] == "Ned Varga"


def test_according_to_inside_the_reported_clause_is_no_source(ex):
    text = ("Ilsa Brandt, a member of the board, said Tuesday that according to its analysis, the party has won "
            "80 percent of the vote, but “we are still counting the seats.”")
    assert _quotes(ex, text)[0][1] == "Ilsa Brandt"


def test_an_untagged_name_after_an_inverted_verb_is_the_speaker(ex):
    text = ("“They are spending their final days here attacking a closed case,” said Oversight ranking "
            "Democrat Elijah Cummings (D-Md.).")
    assert _quotes(ex, text)[0][1] == "Elijah Cummings"


def test_went_on_introduces_a_quote(ex):
    text = ("Mara Voss answered with a smile: “Not at your age.” She is 45.\n\n“You know, it happens, right?” "
            "Dale Pruitt went on, as if he did not hear her. “Get over it.”")
    quotes = _quotes(ex, text)
    assert [q[1] for q in quotes] == ["Mara Voss", "Dale Pruitt", "Dale Pruitt"]
    assert quotes[1][2] == "went on"


def test_a_source_between_a_dash_and_a_colon(ex):
    text = ("Turnout models did predict the result - Vantage Research: “Our samples caught the late shift among "
            "suburban voters before anyone else did.”")
    assert _quotes(ex, text)[0][1] == "Vantage Research"


def test_a_show_title_with_the_sentence_comma_inside_is_no_quote(ex):
    text = ("“We will keep fighting for every vote in this state,” Ana Ruiz said on CBS’s “Face the Nation,” "
            "adding that the race was close.")
    assert [q[0] for q in _quotes(ex, text)] == ["We will keep fighting for every vote in this state,"]


def test_a_markup_attribute_value_is_no_quote(ex):
    assert _quotes(ex, 'Then Omar Kell wrote: <tweet tweet-author="@kell" tweet-date="March 4, 2016">') == []


def test_a_book_title_with_a_subtitle_is_no_quote():
    from corroborate.quotes.titles import title_like

    assert title_like("Open Doors: How a Small Town Rebuilt Its Mills,")
    assert not title_like("Reyes: I will win this race.")


def test_a_share_of_respondents_speaks_for_its_poll(ex):
    text = ("In a March Herald-Civic poll, 64 percent of voters said the council was “out of touch with the "
            "neighborhoods.”")
    assert _quotes(ex, text)[0][1] == "Herald-Civic"  # the pollster the poll is named for


def test_a_speech_verb_in_a_relative_clause_under_said_gives_way_to_said(ex):
    text = "Lee Marr said he had read a report that warned of “a long and painful recession.”"
    assert _quotes(ex, text)[0][1:3] == ("Lee Marr", "said")


def test_a_title_subject_speaks_for_the_person_it_introduces(ex):
    text = "Acme Radio's Vice President for news and talk Dave Gorab called the show “the station of record.”"
    assert _quotes(ex, text)[0][1] == "Dave Gorab"


def test_more_speech_verbs_fired_back_and_remembered(ex):
    text = ("Senator Ada Rook was asked about the vote. Rook fired back that the “people of this state voted for "
            "me twice.”\n\n“Nobody listened to us back then,” remembered Pell Ardry, a former aide.")
    assert [q[1] for q in _quotes(ex, text)] == ["Ada Rook", "Pell Ardry"]


def test_a_possessed_speech_noun_credits_its_owner(ex):
    text = ("The council met on Friday. Critics pointed to Tom Vail's promise that the mill would reopen "
            "“within a year.”\n\nBut Vail's answer was that the town “deserves better than a mill.”")
    got = _quotes(ex, text)
    assert [(q[1], q[2]) for q in got] == [("Tom Vail", "promise"), ("Tom Vail", "answer")]


def test_a_quote_naming_a_possessed_speech_noun_is_its_owners(ex):
    text = "Reporters asked about Mayor Bo Ives’s “zero waste” pledge on Friday."
    assert _quotes(ex, text) == [("zero waste", "Bo Ives", "pledge", True)]


def test_a_possessed_thing_that_is_no_speech_is_no_source(ex):
    text = "Nobody trusted Tom Vail's plan to build a “world-class marina” on the river."
    assert _quotes(ex, text) == []


def test_speech_verbs_that_double_a_consonant_or_imply(ex):
    text = ("Ann Cole admitted the plan was “a mistake from the start.” Mayor Bo Ives slammed the budget as "
            "“reckless.” Dr. Kim Lu implied the count was “rigged.”")
    assert [(q[1], q[2]) for q in _quotes(ex, text)] == [("Ann Cole", "admitted"), ("Bo Ives", "slammed"),
                                                         ("Kim Lu", "implied")]


def test_an_inverted_verb_after_the_closing_mark_takes_its_object_as_speaker(ex):
    text = "The crowd waited.\n\n“How big is that wall?” asked the boy, who wore a red hat."
    assert _quotes(ex, text) == [("How big is that wall?", "boy", "asked", False)]


def test_a_speech_verb_with_no_subject_gives_way_to_the_nearest_one_with_one(ex):
    text = 'Did that mean Ed Lam would vote for Kay?\n\n"No, no, no, no," he said, laughing.'
    assert _quotes(ex, text) == [("No, no, no, no,", "Ed Lam", "said", False)]


def test_title_case_words_that_open_a_said_sentence_are_a_quote(ex):
    text = "Kay Dunn spoke of crime.\n\n“Like Oakland. Or Ferguson,” Dunn said."
    assert _quotes(ex, text) == [("Like Oakland. Or Ferguson,", "Kay Dunn", "said", False)]
    assert _quotes(ex, "On “Meet the Press,” Dunn said the numbers were “very bad.”")[0][0] == "very bad."


def test_words_in_single_marks_in_a_headline_are_no_quote(ex):
    text = ("Mayor Ives Slams Budget as ‘Reckless’\n\nMayor Bo Ives said on Monday that the budget was “reckless "
            "and cruel.”")
    assert [q[0] for q in _quotes(ex, text)] == ["reckless and cruel."]
    assert [q[0] for q in _quotes(ex, "‘We will win,’ said Bo Ives.")] == ["We will win,"]


def test_quotes_in_single_marks_as_british_papers_print_them(ex):
    curly = ("Councillor Jane Hale spoke on Monday.\n\n‘It won’t be cheap, but it’s needed,’ Hale said. "
             "‘We can’t wait.’")
    assert [q[:2] for q in _quotes(ex, curly)] == [("It won’t be cheap, but it’s needed,", "Jane Hale"),
                                                   ("We can’t wait.", "Jane Hale")]
    straight = ("Councillor Jane Hale spoke on Monday.\n\n'It won't be cheap, but it's needed,' Hale said.\n\n"
                "Her rival called the plan 'reckless' and said it would rock 'n' roll the town.")
    assert [q[:2] for q in _quotes(ex, straight)] == [("It won't be cheap, but it's needed,", "Jane Hale"),
                                                      ("reckless", "Jane Hale's rival")]
    # where double marks carry the quotes, straight singles are a subhead's, not a quote
    us = ("Mayor Bo Ives spoke on Monday.\n\n\"We will win,\" Ives said. \"It will be close.\"\n\n"
          "'A fight to the finish.'\n\nThe race began in May.")
    assert [q[0] for q in _quotes(ex, us)] == ["We will win,", "It will be close."]
    # a first paragraph that ends a sentence is the lede, not a headline, where single marks carry the quotes
    lede = ("Councillor Jane Hale has said the town will not 'cave in' over the plan.\n\n"
            "Speaking at the town hall, Ms Hale said: 'We will build it.'")
    assert [q[:2] for q in _quotes(ex, lede)] == [("cave in", "Jane Hale"), ("We will build it.", "Jane Hale")]


def test_a_name_the_tagger_runs_across_a_comma_is_cut_at_it(ex):
    text = ("Tara Lind, the actress, was in the news again.\n\nIn an October interview with People, Lind claimed she "
            "was a 'social drinker' and that her past was far behind her. 'I've done it,' she said.")
    assert [q[1] for q in _quotes(ex, text)] == ["Tara Lind", "Tara Lind"]


def test_a_subject_that_names_nobody_gives_the_likeliest_person(ex):
    text = ("Senator Ada Rook spoke at the rally on Monday. Rook wants what she calls a fair deal. It is what we "
            "call “a plan for everyone who works.”")
    got = ex.extract(text, "t")
    assert [(q.text, q.speaker, q.cue) for q in got] == [("a plan for everyone who works.", "Ada Rook", "call")]
    assert got[0].speaker_start is None  # no mention in the text names her there


def test_a_subject_split_at_a_hyphen_gives_way_to_the_person_it_leads_to(ex):
    text = "Lee spoke first.\n\n“It is over,” mused Blaze co-host Stu Burguiere."
    assert [q[1] for q in _quotes(ex, text)] == ["Stu Burguiere"]


def test_a_signature_line_after_a_paragraph_of_quote_names_its_speaker(ex):
    text = ("Senator Vera Pohl and Governor Ian Marsh met on Thursday.\n\n"
            "\"Most of the new money in this state goes to the very top of the ladder.\"\n\n- Marsh.\n\n"
            "That claim is hard to check.\n\n\"We will fix the roads before the winter comes back.\"\n\n"
            "—Senator Vera Pohl, speaking after the debate.")
    assert [q[1] for q in _quotes(ex, text)] == ["Ian Marsh", "Vera Pohl"]


def test_a_text_that_speaks_gives_way_to_its_named_author(ex):
    text = ("Wages rose this year.\n\n“A living wage for one adult is about $14 an hour in the county,” "
            "according to calculations by Amy Glasmeier of the state university.\n\n"
            "“The arrest was justified but the evidence was not sufficient for a charge,” according to a court "
            "document filed by state attorney Dave Aronberg.")
    assert [q[1] for q in _quotes(ex, text)] == ["Amy Glasmeier", "Dave Aronberg"]
    text = "Senator Bernard Lane spoke.\n\n“It is a hard winter for everyone,” the senator from Vermont said."
    assert [q[1] for q in _quotes(ex, text)] == ["Bernard Lane"]  # a person, not a text: no author


def test_a_passive_speech_verb_gives_its_quote_to_the_agent_after_it(ex):
    text = ("Lee spoke first.\n\nThis feature of the movement has been called \"strategic ambiguity\" by Joshua "
            "Hendrick, a professor at Loyola University, and it makes the group hard to trace.")
    assert [q[1] for q in _quotes(ex, text)] == ["Joshua Hendrick"]


def test_a_that_clause_joined_by_and_stays_reported_content(ex):
    text = ("Tova Renn says the agency should be doing more and that she expects Abel Kost to announce a "
            "“full review” of the plant.")
    assert _quotes(ex, text)[0][1] == "Tova Renn"


def test_a_quote_in_a_prepositional_clause_goes_to_the_reporting_verb(ex):
    text = "Dara Quill said that by refusing to say the words “clean water,” the council members were failing the town."
    assert _quotes(ex, text)[0][1] == "Dara Quill"


def test_a_prepositional_phrase_beside_the_report_keeps_its_own_speaker(ex):
    text = "Amid what the Ledger called a “rough month” for the mayor, Pia Sorn says the budget will pass."
    assert _quotes(ex, text)[0][1] == "Ledger"


def test_an_as_clause_names_the_source_of_what_a_colon_introduces(ex):
    text = ('As the Daily Ledger reported, even on Friday the White House was refusing to call the attack terrorism:'
            '\n\n"The administration is still reluctant to call the attack an act of terrorism, citing the inquiry."')
    assert _quotes(ex, text)[0][1:3] == ("Daily Ledger", "reported")
    text = 'As Ann Lee put it on Tuesday, the party is adrift: "We have no leader and no plan for the fall."'
    assert _quotes(ex, text)[0][1] == "Ann Lee"
    text = 'As Ann Lee reported, the mayor said: "We have no leader and no plan for the fall."'
    assert _quotes(ex, text)[0][1] == "mayor"  # a speech verb of its own keeps the quote


def test_a_closing_mark_with_no_space_after_it(ex):
    text = ('Joe Scarborough asked her about it.\n\n“I think it has been most surprising to see him traffic in '
            'paranoia,”Clinton said. Ryan said,“Look, these images have no place in a campaign.”')
    assert [q[1] for q in _quotes(ex, text)] == ["Clinton", "Ryan"]


def test_the_shared_tokenizer_splits_glued_quote_marks():
    from corroborate.nlp import get_nlp

    doc = get_nlp(("lemmatizer",))("“It was surprising,”Clinton said. Her record—“the longest expansion”—and more.")
    words = [t.text for t in doc]
    assert words[4:8] == [",", "”", "Clinton", "said"] and "—and" not in words and "expansion”" not in words


def test_a_colon_after_a_subject_that_is_no_source_names_no_speaker(ex):
    text = ('Bill Condon, the producer, praised the host on Friday.\n'
            'The other thing is:\n"He loves being the host, and he loves the patter with the crowd."')
    assert [q[1] for q in _quotes(ex, text)] == ["Bill Condon"]  # the likeliest person, not "other thing"


def test_an_attribution_on_the_line_below_a_quote_ending_in_a_comma(ex):
    text = ('The girl died at the hospital.\n"Once I heard it was a little girl, I was furious.\n'
            'I was just furious and devastated, "\nneighbor Cynthia Flores said.')
    assert [q[1] for q in _quotes(ex, text)] == ["Cynthia Flores", "Cynthia Flores"]
    text = 'Police came.\n"This baby had nothing to do with nothing. Life lost, "\nsaid Pat Clarke with the committee.'
    assert [q[1] for q in _quotes(ex, text)] == ["Pat Clarke"]


def test_an_office_without_a_name_is_the_person_who_holds_it(ex):
    text = ('District Attorney Steve Cooley announced the charges on Tuesday.\n'
            '“We will not let the killers of our deputies go unpunished,” the District Attorney said.')
    assert _quotes(ex, text)[0][1] == "Steve Cooley"


def test_a_run_of_initials_is_one_name_word():
    from corroborate.quotes.nameforms import NAME_RE

    assert [m.group() for m in NAME_RE.finditer("T.J. Simons, 17, said")] == ["T.J. Simons"]


def test_a_share_of_a_group_speaks_for_the_group(ex):
    text = 'She was released.\nSome of the protesters shouted, “That is the sister,” then threw bottles.'
    assert _quotes(ex, text)[0][1] == "protesters"


def test_a_share_of_people_somewhere_is_who_speaks_never_the_person_it_is_about(ex):
    text = ('Dana Reyes, a news anchor, was seen entering the tower. According to some on Twitter, Reyes was '
            '"incognito," sparking speculation. Many in the party said she looked "very relaxed" there.')
    assert [q[1] for q in _quotes(ex, text)] == ["some on Twitter", "Many in the party"]


def test_a_work_named_after_its_kind_is_no_quote(ex):
    text = ('Lena Park became famous from her 1999 role in "Summer Tide" and had her own reality show "Parkland" '
            'in 2005. Park and Jo Hale worked together on the 2006 film hit "Dreamgirls". "I am thrilled to be back," '
            'Park said.')
    assert [q[:2] for q in _quotes(ex, text)] == [("I am thrilled to be back,", "Lena Park")]


def test_a_show_one_is_on_and_a_work_followed_by_its_kind_are_no_quotes(ex):
    text = ("Lena Park has had a recurring role on \"Harbor\" and landed a job on ''Sunrise.'' ''The stories begin. "
            "The stories end.'' So says a narrator at the end of ''Wait, Delia!'' -- a movie set for release in May. "
            "\"I am thrilled to be back,\" Park said.")
    assert [q[0] for q in _quotes(ex, text)] == ["The stories begin. The stories end.", "I am thrilled to be back,"]


def test_a_long_book_title_after_its_author_and_a_title_qualifying_a_noun_are_no_quotes(ex):
    text = ("''You have to be careful about what you post,'' said Jo Lim, a co-author of ''Those Who Keep the Lights On: "
            "Inside the World of the Night Ferry Crews.''\n''It will not be candles,'' said Ada Rook, the channel's head "
            "of music, referring to the scenery that distinguished ''Unwired'' concerts by bands like Nirvana.")
    assert [q[0] for q in _quotes(ex, text)] == ["You have to be careful about what you post,", "It will not be candles,"]


def test_a_title_after_its_owners_name_is_no_quote(ex):
    text = ('Lee told NBC’s “Today” on Monday that he would run. Washington, star of television’s “Scandal,” '
            'thanked Obama. “We will win,” Lee said.')
    assert [q[0] for q in _quotes(ex, text)] == ["We will win,"]
    # in typewriter marks, which leave two blanks before the mark once made plain
    text = ("Lee told NBC's ''Today'' on Monday that he would run. Washington, star of television's ''Scandal,'' "
            "thanked Obama. Her birth certificate spelled her name ''Betty,'' she told the paper. ''We will win,'' "
            "Lee said.")
    assert [q[0] for q in _quotes(ex, text)] == ["We will win,"]


# One case per mechanism: (what it checks, text, the speakers of its quotes in order).
SPEAKER_CASES = [
    ("calling someone's remarks a word is the caller's quote",
     "House Speaker Paul Dorn, the party's top official, on Tuesday called Mark Trent's remarks about a "
     "Latino judge “racist,” an extraordinary rebuke that drew a wave of criticism.",
     ["Paul Dorn"]),
    ("a participle on a named subject is that person's",
     "Booker, the state’s sitting governor, repeated complaints that Cruz recites the same talking points, "
     "calling him a “gifted guy” when asked to “give a speech, read a prompter.”",
     ["Booker", "Booker"]),
    ("an attribution right after the quote beats a verb a dash keeps apart",
     "If the hackers are trying to sway the vote — as many experts believe, but the ministry strongly "
     "denies — “why wouldn’t you want to raise that with voters?” asked Dana Kirk, a former aide.",
     ["Dana Kirk"]),
    ("a quote after a quoted sentence continues it",
     "The host and the candidate shared a microphone last week. “Your show is amazing,” Dale Moss assured "
     "Rick Lane, after Lane assured Moss that most of his listeners backed him. “I will not let you down.”",
     ["Dale Moss", "Dale Moss"]),
    ("a description that names its person",
     "“There never was such an order,” said the base chief known as Bob, speaking publicly for the first "
     "time.",
     ["Bob"]),
    ("an unresolved description keeps its 'of' complement",
     "“She was exhausted and needed a rest,” a friend of the actress told the magazine on Friday.",
     ["friend of the actress"]),
    ("two people named together speak together",
     "“She is the perfect host for the night,” said producers Craig Dean and Neil Moran in a "
     "statement.\n“She has style and a sense of occasion,” the pair said.",
     ["Craig Dean and Neil Moran", "Craig Dean and Neil Moran"]),
    ("an attribution after the quote is the outermost report, whatever verb the parse hangs it on",
     "Senator Ann Poole spoke after the address. Nothing the president said “will calm anyone’s fears,” "
     "the Ohio senator said.\nKim cannot claim that “from her point of view,” Tom Reyes added, saying it is "
     "“up to the court.”", ["Ann Poole", "Tom Reyes", "Tom Reyes"]),
    ("a report set off by commas is the source",
     "Ted Marsh spoke on Tuesday. The network, Marsh said, called the decision “highly significant.”", ["Ted Marsh"]),
    ("signed on its own line after a dash", "“We will cut waste and protect schools for every child.” — Ann Poole",
     ["Ann Poole"]),
    ("a list item signed with a title",
     "1. “We will cut waste and protect schools for every child.” —Ann Poole, senator", ["Ann Poole"]),
    ("an embedded tweet's author line",
     "“We will cut waste and protect schools.” pic.twitter.com/x1 — Ann Poole (@annpoole) December 3, 2015",
     ["Ann Poole"]),
    ("a name in parentheses ending the line", "“We will cut waste and protect schools for every child.” (Ann Poole)",
     ["Ann Poole"]),
    ("a picture credit signs nothing",
     "Tom Hale spoke at the rally.\n\n“We will cut waste and protect schools for every child.” (Getty Images)",
     ["Tom Hale"]),
    ("in someone's words", "In Ann Poole’s words, “we will cut waste and protect schools for every child.”",
     ["Ann Poole"]),
    ("in the words of someone, later in the sentence",
     "The plan had critics. In the words of Senator Ann Poole, it “will fail every family in the state.”",
     ["Ann Poole"]),
    ("to quote someone", "To quote Ann Poole, “the plan will fail every family in the state.”", ["Ann Poole"]),
    ("a transcript speaker in capitals, not a section head",
     "The debate turned to schools.\n\nPOOLE: “We will cut waste and protect schools for every child.”\n\n"
     "UPDATE: “The budget is a mess and the governor knows it very well.”", ["POOLE", None]),
    ("a transcript label inside the marks",
     "Lucy Park argued that the plan was naive.\n\n“Chris Hale: Seriously, about this. She says she is going to pay "
     "for free tuition with a tax on speculation.”", ["Chris Hale"]),
    ("an inverted attribution to someone's aide is the aide",
     "“It is about time we had a mayor like her,” exhorted Cole’s introducer, actress Jane Marsh.", ["Jane Marsh"]),
    ("an inverted attribution to a place's paper is the paper",
     "“Gun owners should leave their weapons at home,” said Cleveland’s Plain Dealer.", ["Plain Dealer"]),
    ("two surnames joined by 'and' speak together",
     "Donald Trump met Paul Ryan on Thursday. Trump and Ryan issued a statement describing their meeting as a "
     "“very positive step toward unification.”", ["Donald Trump and Paul Ryan"]),
    ("a name and verb right after a question attribute it",
     "“Well, yes. I am going to look at a lot of different people,” Clinton said. “Grizzly Adams?” Maddow repeated.",
     ["Clinton", "Maddow"]),
    ("a participle with an agent is the agent's",
     "Republicans defended the inquiry — often labeled a “witch hunt” by Democrats — on Monday.\n\n"
     "She was “extremely careless” with the files, as described by FBI Director James Comey.",
     ["Democrats", "James Comey"]),
    ("a participle after 'after' is the clause subject's, not the agent's",
     "Comedian Jo Marsh was booed and shouted down by rival fans after telling them that they were "
     "“being ridiculous.”", ["Jo Marsh"]),
    ("the owner of words that speak is the source",
     "Dale Moss spoke on Monday. Moss’s answer was simple: “We will cut waste and protect schools for every child.”"
     "\nAccording to the county police's statement, officers saw the man “acting in a suspicious manner.”",
     ["Dale Moss", "county police"]),
    ("a pull quote signed on its last line inside the marks; the signature is no quote",
     "Clinton spoke on the economy on Tuesday.\n\n\"I worry that we may see a return of balanced-budget talk as "
     "Clinton tries to stand apart.\nDean Baker, Center for Economic and Policy Research.\"\n\nThe speech went on.",
     ["Dean Baker"]),
    ("a speech verb the parse leaves without subject takes the name opening the sentence before an aside",
     "Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about who is "
     "“prepared to take on the establishment.”", ["Sanders"]),
    ("a name the tagger takes for a noun is still a person's when the article names that person",
     "On Wednesday, nominee Donald Trump urged hackers to look for the emails. Trump later defended his remarks "
     "as being \"sarcastic.\"", ["Donald Trump"]),
    ("a sign that reads is its holder's, though the parse loses the holder as subject",
     "The day before, at a rally in Concord, N.H., 14-year-old Aubrey Pelletier hoisted a sign that read \"15%!\"",
     ["Aubrey Pelletier"]),
    ("the subject of a passive speech verb without agent is spoken of, not speaking",
     "Senator Ann Poole defended her campaign manager as a \"very decent man\" on Tuesday, hours after the "
     "staffer was charged with battery.", ["Ann Poole"]),
    ("an 'as' report before the quote on its clause is the source",
     "The mayor hopes the council will give in. As the Herald's Ruth Marks puts it, Tom Hale is trying to make "
     "the council \"an offer it can't afford to refuse.\"", ["Ruth Marks"]),
    ("'began' attributes a quote right before it, not one in a clause it governs",
     "The rescue began at 11 a.m. when the destroyer received a \"distress call\" from a merchant vessel.\n\n"
     "Ann Poole spoke first. \"We will win this race and we will win it for every family in the state,\" she began.",
     ["Ann Poole"]),
    ("an office named after a title word keeps it",
     "The State Department said on Friday that “top secret” material had passed through the server.",
     ["State Department"]),
    ("a dateline the parse takes for the subject is skipped",
     "TALLAHASSEE — Democratic U.S. Rep. Gwen Graham on Friday criticised the plan while praising the mayor as a "
     "\"work horse, not a show horse.\"", ["Gwen Graham"]),
    ("people chanting are the chant's source, not the sentence's subject",
     "Orlando was on the minds of celebrants, with many marchers and spectators chanting \"We are Orlando.\"",
     ["many marchers"]),
    ("British spellings and verbs of complaint are speech verbs",
     "Sarah Palin has apologised if the fire was connected to “undeserved negative attention.”\n\n"
     "Rubio bemoaned a climate in which people “literally hate each other” over politics.",
     ["Sarah Palin", "Rubio"]),
    ("a short partial quote continuing a cued one in its sentence is kept",
     "Citing other sources, the lawyers said, “all command the same conclusion” that Cruz complies with the "
     "“natural born” requirement.", ["lawyers", "lawyers"]),
    ("a surname the tagger takes for a noun labels a transcript line when the text names the person in full",
     "Amy Walker and Hillary Clinton met on stage in Denver on Sunday night.\n\n"
     "The candidates clashed over trade.\n\nWalker: \"They are killing us on trade.\"\n\n"
     "Clinton: \"We need to invest in roads.\"", ["Amy Walker", "Hillary Clinton"]),
    ("a line that is only a person's name heads the quote under it, as a transcript prints it; a heading does not",
     "Amy Walker and Hillary Clinton met on stage.\n\nWALKER\n\"You are wrong on trade.\"\n\nClinton:\n"
     "\"We need to invest in roads.\"\n\nForeign Policy\n\"We will talk later.\"",
     ["Amy Walker", "Hillary Clinton"]),
    ("a roundup's verbless label line before a colon names the speaker",
     "Amy Walker and Hillary Clinton met on stage in Denver on Sunday night.\n\n"
     "Walker on China: \"They are killing us on trade.\"\n\nClinton to Walker: \"You are wrong on trade.\"\n\n"
     "Walker (R): \"Wrong.\"\n\nClinton, 9:20 p.m.: \"We need to invest in roads.\"\n\n"
     "Walker’s response: \"Roads are fine.\"",
     ["Amy Walker", "Hillary Clinton", "Amy Walker", "Hillary Clinton", "Amy Walker"]),
    ("a transcript label is a name when the text writes it in full after a title",
     "Mayor Ellen Park and Councilman Tom Reyes met on Tuesday.\n\nReyes: \"It cannot be done.\" Park: \"It can.\"",
     ["Tom Reyes", "Ellen Park"]),
    ("a paragraph's last straight mark after the end of a sentence is a stray, not an opening",
     "Mayor Ellen Park met the council.\n\nPark said the bridge would open in May.\" Reyes said it would not.\n\n"
     "\"We will see,\" Park said.", ["Ellen Park"]),
    ("two surnames joined by 'and' speak together, whatever the tagger makes of them",
     "Governor Ellen Park and Senator Tom Reyes toured the plant.\n\n\"It will stay open,\" Park and Reyes said.",
     ["Ellen Park and Tom Reyes"]),
    ("defending a view is voicing it",
     "Senator Tom Ruiz spoke on Monday.\n\nHis lawyers cited precedent to defend the view that he is in fact "
     "“natural born” within the meaning of the law.", ["Tom Ruiz's lawyers"]),
    ("an estimate with a quote is reported speech",
     "Margaret Ruiz chairs the group.\n\nRuiz estimated that there are “somewhere between 23 and 28 people who "
     "oppose any mention of it.”", ["Margaret Ruiz"]),
    ("a quote in Title Case that is a whole sentence after its speaker's is spoken, not a title",
     "Tom Burke urged delegates to unite.\n\n“We’ve got a common enemy for almost anybody decent,” Burke told "
     "delegates. “Donald Trump.”\n\nHe appeared on “Meet the Press” later.", ["Tom Burke", "Tom Burke"]),
    ("an inverted verb after a quote attributes it, however long its named subject's apposition",
     "The delegates cheered.\n\n“This is fantastic!” beamed Don Hartley of Madison, Alabama, who snuck onto the "
     "floor from the guest seats.", ["Don Hartley"]),
    ("whom a report quotes as saying something is the speaker, not the report; an object pronoun is not its "
     "verb's subject",
     "Their coach, Gerald Hewitt, was proud of him.\n\n“He could always make you laugh,” the report quotes him "
     "saying.\n\nAn early tweet quoted Barack Obama as saying “We need to do something!”\n\nLaurence Mark produced "
     "the show.\n\n\"We want the show to be fun,\" People quoted him as saying.",
     ["Gerald Hewitt", "Barack Obama", "Laurence Mark"]),
    ("a quote that speaks as 'I' is the words of whoever is reported telling it, not of who reports that; "
     "a common noun opening a sentence is no 'he'",
     "Tishana King saw the shooting from her window.\n\nA police spokesman said King told detectives she couldn't "
     "see the incident clearly “from the angle I was at.”\n\nThe prosecutors argued that Mark Lazar showed no remorse."
     "\n\nProsecutors say that he told one agent, \"I'd say you have done a good job.\"",
     ["Tishana King", "Mark Lazar"]),
    ("someone's aides or lawyers are not that person but that person's",
     "Ann Kerr lost the vote on Friday.\n\nShe was not surprised that the “Leave” side won, her advisers said.",
     ["Ann Kerr's advisers"]),
    ("a speech verb after a comma with its subject after it ends the sentence: the subject is that one",
     "The Hale Fund filed a comment on Monday.\n\nThe likely result will be \"erroneous findings\" by agencies, "
     "argued the Hale Fund.", ["Hale Fund"]),
    ("a transcript's turn, role before the name, no space after the colon; a roundup's byline with its outlet",
     "Rep. Tom Hale (R-S.C.):\"Who told you that?\"\n\nFormer secretary of state Ann Kerr:\"We learned that from "
     "the department.\"\n\nNOW OPEN—\"Art show opens,\" by DNAinfo's Eddie Small: \"Curators of a show in the Bronx "
     "are ready.\"", ["Tom Hale", "Ann Kerr", "Eddie Small"]),
    ("a nickname inside a name is no quote, and the name stops before 'of'",
     "A group marched in silence.\n\nJuan \"Chico\" Marquez of Oakland carried one of the photos. \"I pretty much "
     "cried the whole parade,\" he said.\n\nIn Casper, the campaign was represented by Gov. C.L. \"Butch\" Otter, "
     "an early endorser, who said the party must unite.", ['Juan "Chico" Marquez']),
    ("someone's rival, friend or colleague is somebody else",
     "Tom Osler was a geologist.\n\n“He taught me everything,” his colleague wrote on Facebook.",
     ["Tom Osler's colleague"]),
]


@pytest.mark.parametrize("text, speakers", [pytest.param(text, speakers, id=what)
                                            for what, text, speakers in SPEAKER_CASES])
def test_speakers_by_mechanism(ex, text, speakers):
    assert [q[1] for q in _quotes(ex, text)] == speakers


def test_what_a_study_found_is_its_finders_and_a_report_above_it_wins(ex):
    found = _quotes(ex, "In 2014, the Pew Research Center found that “most Americans favor gun rights.”")
    assert found == [("most Americans favor gun rights.", "Pew Research Center", "found", True)]
    assert _quotes(ex, "Last year a Marine was found guilty of “gross negligence.”") == []
    nested = _quotes(ex, "Democrats have pointed out that the inspector general also found messages on the "
                         "account of Colin Powell, though none reached the \"top secret\" level.")
    assert [(q[1], q[2]) for q in nested] == [("Democrats", "pointed out")]


def test_a_few_quoted_words_the_sentence_runs_on_from_are_a_term_or_a_title(ex):
    term = ("The department has classified 22 emails as \"top secret,\" a spokesman said. \"Top secret\" is the "
            "highest level of classification.")
    assert [q[0] for q in _quotes(ex, term)] == ["top secret,"]
    # nor does a title lend its verb to the quote after it, nor its passive agent to itself
    titles = ("Executives will unveil adaptations of franchises, including films like ''The Exorcist,'' ''Training "
              "Day,'' ''Taken'' and, potentially, ''Cruel Intentions.''\n\"Moon\" will be adapted for the big screen "
              "by Melissa Rosenberg.")
    assert _quotes(ex, titles) == []


def test_what_someone_called_something_is_their_label_whoever_reports_it(ex):
    text = "Lee said the city faces what the mayor called \"a crisis.\" Kim said she backs what Lee calls \"real change.\""
    assert [(q[1], q[2]) for q in _quotes(ex, text)] == [("mayor", "called"), ("Lee", "calls")]


def test_a_quote_with_no_cue_after_someone_issued_a_statement_is_theirs(ex):
    text = ("Jo Lim, the party chair, resigned on Sunday.\n\nAt Lim's request, the Democratic National Committee issued a statement "
            "apologizing to the candidate.\n\n“On behalf of everyone here, we offer a deep and sincere apology for "
            "the inexcusable remarks made over email.”")
    assert [q[1] for q in _quotes(ex, text)] == ["Democratic National Committee"]
    owned = ("Governor Sarah Palin visited the church on Saturday and her office later released a statement.\n\n"
             "“Gov. Palin stopped by the church this morning and told an assistant pastor that she is sorry.”")
    assert [q[1] for q in _quotes(ex, owned)] == ["Sarah Palin's office"]


def test_a_description_right_before_a_subjectless_verb_is_its_subject(ex):
    text = ("In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate "
            "stated that Trump’s “divisive” comments do not “fit with what I thought I knew about him.”\n"
            "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled "
            "“Stay there!”")
    assert [q[1] for q in _quotes(ex, text)] == ["Democratic presidential candidate"] * 2 + ["man"]
