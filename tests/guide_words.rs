//! Proofreading the guide's words: what a careful reader would notice, checked
//! on every build. The plan's week ranges run on without gaps or overlaps; no
//! sentence repeats within one outcome; shape names are in sentence case in
//! running text; no space before `%`; the exploration note is said once.
#![cfg(not(target_arch = "wasm32"))]

use skillpath::content;
use skillpath::domain::guide::{Guide, Outcome, OutcomeText};

#[path = "support/sources.rs"]
mod sources;
use sources::sources;

fn guide() -> Guide {
    content::guide().expect("the shipped content is valid")
}

/// Every text the result screen shows for one outcome.
fn outcome_texts(t: &OutcomeText) -> Vec<&str> {
    let mut all: Vec<&str> = vec![&t.definition, &t.tagline, &t.summary, &t.rate.note];
    all.extend(t.tasks.iter().map(AsRef::as_ref));
    all.extend(t.roles.iter().map(AsRef::as_ref));
    all.extend(t.skills.iter().map(AsRef::as_ref));
    all.extend(t.plan.iter().map(AsRef::as_ref));
    for r in t.risks.iter() {
        all.push(&r.risk);
        all.push(&r.mitigation);
    }
    all.extend([
        t.stage_notes.early.as_ref(),
        t.stage_notes.mid.as_ref(),
        t.stage_notes.senior.as_ref(),
    ]);
    all
}

/// Every text of the guide: questions, outcomes, notes, sources, glossary.
fn every_text(g: &Guide) -> Vec<String> {
    let mut all: Vec<String> = vec![g.disclaimer.to_string()];
    for q in g.questions() {
        all.extend([
            q.prompt.to_string(),
            q.topic.to_string(),
            q.hint.to_string(),
        ]);
        all.extend(q.choices.iter().map(|c| c.label.to_string()));
    }
    for o in Outcome::ALL {
        all.extend(outcome_texts(g.text(o)).into_iter().map(str::to_owned));
    }
    for c in [
        skillpath::domain::guide::Credentials::None,
        skillpath::domain::guide::Credentials::Some,
        skillpath::domain::guide::Credentials::Strong,
    ] {
        all.push(g.credential_note(c).to_owned());
    }
    for t in g.glossary.iter() {
        all.extend([t.term.to_string(), t.definition.to_string()]);
    }
    for s in g.sources.iter() {
        all.push(s.used_for.to_string());
    }
    all
}

/// `"Weeks 3–6: …"` → (3, 6); `"From week 11: …"` → (11, `u32::MAX`).
fn weeks(step: &str) -> Option<(u32, u32)> {
    let number = |s: &str| s.trim().parse::<u32>().ok();
    if let Some(rest) = step.strip_prefix("Weeks ") {
        let (range, _) = rest.split_once(':')?;
        let (a, b) = range.split_once('–')?;
        return Some((number(a)?, number(b)?));
    }
    let rest = step.strip_prefix("From week ")?;
    Some((number(rest.split_once(':')?.0)?, u32::MAX))
}

#[test]
fn every_plan_runs_its_weeks_in_order_without_gaps_or_overlaps() {
    let g = guide();
    for o in Outcome::ALL {
        let plan = &g.text(o).plan;
        let mut next = 1;
        for step in plan.iter() {
            let Some((from, to)) = weeks(step) else {
                panic!("{o:?}: a plan step starts with its weeks: {step}");
            };
            assert_eq!(from, next, "{o:?}: {step} should start at week {next}");
            assert!(from <= to, "{o:?}: {step} runs backwards");
            next = to.saturating_add(1);
        }
        assert_eq!(next, u32::MAX, "{o:?}: the plan ends with \"From week …\"");
        let fixed_weeks: u32 = plan
            .iter()
            .filter_map(|s| weeks(s))
            .filter(|(_, to)| *to != u32::MAX)
            .map(|(_, to)| to)
            .max()
            .unwrap_or(0);
        assert!(
            (8..=13).contains(&fixed_weeks),
            "{o:?}: the plan spans 60 to 90 days, not {fixed_weeks} weeks"
        );
    }
}

fn sentences(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(['.', ';', ':', '!', '?'])
        .map(|s| s.trim().to_lowercase())
        .filter(|s| s.split_whitespace().count() >= 4)
}

#[test]
fn no_sentence_is_said_twice_within_one_outcome() {
    let g = guide();
    for o in Outcome::ALL {
        let mut seen: Vec<String> = vec![];
        let mut texts = outcome_texts(g.text(o));
        texts.push(&g.disclaimer);
        for text in texts {
            for s in sentences(text) {
                assert!(!seen.contains(&s), "{o:?} says twice: \"{s}\"");
                seen.push(s);
            }
        }
    }
}

#[test]
fn the_exploration_note_is_said_once() {
    let g = guide();
    let count = every_text(&g)
        .iter()
        .filter(|t| t.contains("verdict"))
        .count();
    assert_eq!(count, 1, "only the disclaimer says it is not a verdict");
}

#[test]
fn shape_names_are_in_sentence_case_in_running_text() {
    let g = guide();
    for text in every_text(&g) {
        for name in [
            "Generalist",
            "Specialist",
            "Comb-shaped",
            "Pi-shaped",
            "T shaped",
            "t-shaped",
        ] {
            for (at, _) in text.match_indices(name) {
                let before = text[..at].trim_end();
                let starts_sentence = before.is_empty() || before.ends_with(['.', ':', '!', '?']);
                assert!(starts_sentence, "\"{name}\" mid-sentence in: {text}");
            }
        }
    }
}

#[test]
fn no_space_before_a_percent_sign_in_content() {
    for text in every_text(&guide()) {
        assert!(!text.contains(" %"), "a space before % in: {text}");
        assert!(!text.contains("\u{a0}%"), "a space before % in: {text}");
    }
}

/// The widget's own strings: no `"… %"` written into a format string or
/// literal, and no "the sources" without saying which.
#[test]
fn no_space_before_a_percent_sign_in_the_widget() {
    let mut found = vec![];
    for (file, code) in sources() {
        for line in code.lines() {
            let before_comment = line.split("//").next().unwrap_or_default();
            // No space before %, and no unnamed "sources" in what the reader reads.
            let quoted = before_comment.contains('"');
            if before_comment.contains("} %") || (quoted && before_comment.contains("the sources"))
            {
                found.push(format!("{}: {}", file.display(), line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_sources_are_named_and_the_rate_bands_attributed() {
    let g = guide();
    let publishers: Vec<&str> = g.sources.iter().map(|s| s.publisher.as_ref()).collect();
    assert_eq!(publishers, ["Emeritus", "Rex.zone", "Upwork"]);
    for o in Outcome::ALL {
        let note = &g.text(o).rate.note;
        assert!(
            note.contains("Rex.zone"),
            "{o:?}: the rate note names who reports it: {note}"
        );
        assert!(
            !note.contains("the sources"),
            "{o:?}: names the source: {note}"
        );
    }
    for text in every_text(&g) {
        assert!(!text.contains("the sources"), "say which source: {text}");
    }
}

#[test]
fn every_shape_and_term_is_defined_in_one_line() {
    let g = guide();
    for o in Outcome::ALL {
        let d = &g.text(o).definition;
        assert!(
            d.ends_with('.') && d.matches(". ").count() == 0,
            "{o:?}: one sentence: {d}"
        );
        assert!(d.split_whitespace().count() <= 22, "{o:?}: short: {d}");
    }
    assert!(g.glossary.iter().any(|t| t.term == "Pillar"));
}

/// About three minutes: the words a reader reads (prompts, hints, choices),
/// counted, with room for one more short question and no more.
#[test]
fn the_guide_reads_in_about_three_minutes() {
    let g = guide();
    let words = |q: &skillpath::domain::guide::Question| {
        let mut n = q.prompt.split_whitespace().count() + q.hint.split_whitespace().count();
        n += q
            .choices
            .iter()
            .map(|c| c.label.split_whitespace().count())
            .sum::<usize>();
        n
    };
    let each: Vec<usize> = g.questions().iter().map(words).collect();
    let total: usize = each.iter().sum();
    println!("{total} words; per question {each:?}");
    assert_eq!(total, 518, "the README gives this figure");
    assert!(
        total <= 650,
        "{total} words is more than three minutes' reading"
    );
    assert!(each.iter().all(|n| *n <= 75), "{each:?}");
}
