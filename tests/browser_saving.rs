//! Browser tests of saving in real `localStorage`: a write after a change and
//! on flush, forget, a second saver on the same key, an unreadable value kept
//! aside, another writer's newer value never overwritten unseen, and pending
//! progress written when the widget goes away; the panic hook's rescue; and a
//! page's `setItem` that throws something that is not an Error.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use skillpath::browser::saving::{self, Failure, Rescued, Saver, Store};
use skillpath::domain::number::{Hundredths, MoneyFormat};
use skillpath::domain::progress::{self, Elsewhere, KeyName, Mode, Off, Opened, Progress};
use skillpath::state::calculator::Calculator;
use skillpath::state::profile::{FormAction, ProfileForm};
use skillpath::state::{self, AppState};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn get(key: &str) -> Option<String> {
    storage().get_item(key).unwrap()
}

fn progress(headline: &str) -> Progress {
    let guide = AppState::new(Rc::new(skillpath::content::guide().unwrap()));
    let mut form = ProfileForm::new(
        Hundredths::new(1000),
        "UTC",
        Rc::new(MoneyFormat::default()),
    );
    form.apply(FormAction::Headline(headline.into()));
    state::progress(
        &guide,
        &Calculator::new(Rc::new(MoneyFormat::default())),
        &form,
    )
}

/// The host's name behind a `skillpath:` key.
fn named(key: &str) -> KeyName {
    KeyName::Named(key.strip_prefix("skillpath:").unwrap().to_owned())
}

fn quiet() -> Callback<()> {
    Callback::from(|()| {})
}

fn saved_headline(key: &str) -> Option<String> {
    match progress::open(get(key).as_deref()) {
        Opened::Found { progress, .. } => Some(progress.profile.headline),
        _ => None,
    }
}

#[wasm_bindgen_test]
fn a_change_is_written_on_flush_and_forget_removes_it() {
    let key = "skillpath:test-flush";
    let saver = Saver::open(&named(key), "sp-test", false, quiet());
    assert_eq!(saver.view().mode, Mode::On);
    saver.changed(progress("First"));
    assert_eq!(get(key), None, "not before the pause");
    saver.flush();
    assert_eq!(saved_headline(key).as_deref(), Some("First"));
    assert!(saver.view().saved);
    saver.changed(progress("Second"));
    saver.flush();
    assert_eq!(
        saved_headline(key).as_deref(),
        Some("Second"),
        "its own writes pass the check"
    );
    saver.forget();
    assert_eq!(get(key), None);
    assert_eq!(saver.view().mode, Mode::Off(Off::Forgotten));
    saver.changed(progress("Third"));
    saver.flush();
    assert_eq!(get(key), None, "nothing after forgetting");
    saver.save_again();
    assert_eq!(saved_headline(key).as_deref(), Some("Third"));
    saver.forget();
}

#[wasm_bindgen_test]
fn a_second_saver_on_the_same_key_shares_and_never_writes() {
    let key = "skillpath:test-shared";
    let first = Saver::open(&named(key), "sp-test", false, quiet());
    let second = Saver::open(&named(key), "sp-test", false, quiet());
    assert_eq!(second.view().mode, Mode::Off(Off::Shared));
    second.changed(progress("From the second"));
    second.flush();
    assert_eq!(get(key), None);
    first.changed(progress("From the first"));
    first.flush();
    assert_eq!(saved_headline(key).as_deref(), Some("From the first"));
    drop(second);
    first.forget();
    drop(first);
    let again = Saver::open(&named(key), "sp-test", false, quiet());
    assert_eq!(
        again.view().mode,
        Mode::On,
        "the key is free once its holder is gone"
    );
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_kept_aside_and_can_be_read_back() {
    let key = "skillpath:test-corrupt";
    storage().set_item(key, "{not json").unwrap();
    let saver = Saver::open(&named(key), "sp-test", false, quiet());
    assert!(saver.view().aside.is_some());
    assert_eq!(get(key), None);
    assert_eq!(get(&progress::aside_key(key)).as_deref(), Some("{not json"));
    assert_eq!(saver.aside().as_deref(), Some("{not json"));
    saver.changed(progress("Fresh"));
    saver.flush();
    assert_eq!(saved_headline(key).as_deref(), Some("Fresh"));
    saver.drop_aside();
    assert_eq!(get(&progress::aside_key(key)), None);
    saver.forget();
}

#[wasm_bindgen_test]
fn another_writers_newer_value_is_never_overwritten_unseen() {
    let key = "skillpath:test-elsewhere";
    let saver = Saver::open(&named(key), "sp-test", false, quiet());
    saver.changed(progress("Mine"));
    saver.flush();
    // Another tab saves there.
    let theirs = progress("Theirs");
    let stamp = progress::Stamp {
        writer: "othertab".into(),
        seq: 1,
    };
    let raw = serde_json::to_string(&progress::Envelope::new(&theirs, stamp)).unwrap();
    storage().set_item(key, &raw).unwrap();
    saver.changed(progress("Mine, later"));
    saver.flush();
    assert_eq!(get(key).as_deref(), Some(raw.as_str()), "not written over");
    assert_eq!(saver.view().mode, Mode::Changed(Elsewhere::Written));
    let taken = saver.take_theirs().unwrap();
    assert_eq!(taken.profile.headline, "Theirs");
    assert_eq!(saver.view().mode, Mode::On);
    saver.changed(progress("Both, merged by the reader"));
    saver.flush();
    assert_eq!(
        saved_headline(key).as_deref(),
        Some("Both, merged by the reader")
    );
    saver.forget();
}

#[wasm_bindgen_test]
fn pending_progress_is_written_when_the_widget_goes_away() {
    let key = "skillpath:test-drop";
    let saver = Saver::open(&named(key), "sp-test", false, quiet());
    saver.changed(progress("Typed just before closing"));
    drop(saver);
    assert_eq!(
        saved_headline(key).as_deref(),
        Some("Typed just before closing")
    );
    storage().remove_item(key).unwrap();
}

#[wasm_bindgen_test]
fn a_rescue_writes_what_is_pending_and_hands_back_the_latest_progress() {
    let key = "skillpath:test-rescue";
    let saver = Saver::open(&named(key), "sp-rescue", false, quiet());
    assert_eq!(
        saving::rescue("sp-rescue"),
        Rescued {
            text: None,
            stored: false
        },
        "nothing done yet: nothing to hand back"
    );
    saver.changed(progress("Typed a moment ago"));
    let rescued = saving::rescue("sp-rescue");
    assert!(rescued.stored, "the pending change was written");
    assert_eq!(saved_headline(key).as_deref(), Some("Typed a moment ago"));
    match progress::open(rescued.text.as_deref()) {
        Opened::Found { progress, .. } => {
            assert_eq!(progress.profile.headline, "Typed a moment ago");
        }
        other => panic!("the rescued text is a saved value: {other:?}"),
    }
    assert_eq!(saving::rescue("sp-nobody").text, None);
    saver.forget();
    let forgotten = saving::rescue("sp-rescue");
    assert!(!forgotten.stored, "after forget nothing is written");
    assert!(forgotten.text.is_some(), "but the download still has it");
    assert_eq!(get(key), None);
}

#[wasm_bindgen_test]
fn a_set_item_that_throws_a_non_error_is_a_refusal_not_a_panic() {
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let throwing = js_sys::Function::new_no_args("throw 'no';");
    js_sys::Reflect::set(&proto, &"setItem".into(), &throwing).unwrap();
    let failure = Store::open().err();
    js_sys::Reflect::set(&proto, &"setItem".into(), &original).unwrap();
    assert_eq!(failure, Some(Failure::Blocked));
}

#[wasm_bindgen_test]
fn a_page_widget_added_again_takes_its_key_back() {
    let page = KeyName::Page {
        path: "/test-slots".to_owned(),
        query: "?utm_source=mail".to_owned(),
    };
    let first = Saver::open(&page, "sp-a", false, quiet());
    let second = Saver::open(&page, "sp-b", false, quiet());
    second.changed(progress("Second"));
    second.flush();
    assert_eq!(
        saved_headline("skillpath.page:/test-slots#2").as_deref(),
        Some("Second")
    );
    drop(first);
    for round in 0..200 {
        let again = Saver::open(&page, "sp-a", false, quiet());
        again.changed(progress(&format!("Round {round}")));
        again.flush();
    }
    assert_eq!(
        saved_headline("skillpath.page:/test-slots#1").as_deref(),
        Some("Round 199"),
        "200 cycles: one key, the first one"
    );
    let keys: Vec<String> = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .filter(|k| k.starts_with("skillpath.page:/test-slots"))
        .collect();
    assert_eq!(keys.len(), 2, "one key per slot: {keys:?}");
    drop(second);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn no_host_name_is_the_widgets_own_key() {
    for name in ["probe", "page:/#1", "x:unreadable", ".probe"] {
        let key = KeyName::Named(name.to_owned()).key(1);
        assert_ne!(key, progress::probe_key());
        assert!(!key.starts_with(progress::OWN_PREFIX), "{key}");
    }
    let probe = named("skillpath:probe");
    let saver = Saver::open(&probe, "sp-probe", false, quiet());
    saver.changed(progress("Kept"));
    saver.flush();
    drop(saver);
    let again = Saver::open(&probe, "sp-probe", false, quiet());
    assert!(again.view().offer.is_some(), "the probe did not remove it");
    drop(again);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn progress_under_an_earlier_page_key_moves_to_the_new_one() {
    let earlier = Saver::open(&named("skillpath:test-earlier"), "sp-e", false, quiet());
    earlier.changed(progress("Before the update"));
    earlier.flush();
    drop(earlier);
    let text = get("skillpath:test-earlier").unwrap();
    storage().remove_item("skillpath:test-earlier").unwrap();
    storage()
        .set_item("skillpath:page:/test-move?a=1#1", &text)
        .unwrap();
    let page = KeyName::Page {
        path: "/test-move".to_owned(),
        query: "?a=1".to_owned(),
    };
    let saver = Saver::open(&page, "sp-m", false, quiet());
    assert!(saver.view().offer.is_some(), "offered from the new key");
    assert_eq!(get("skillpath:page:/test-move?a=1#1"), None);
    assert_eq!(
        saved_headline("skillpath.page:/test-move#1").as_deref(),
        Some("Before the update")
    );
    drop(saver);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn work_done_with_the_offer_open_is_saved_and_the_offer_kept_aside() {
    let key = "skillpath:test-offer-open";
    let earlier = progress::earlier_key(key);
    let first = Saver::open(&named(key), "sp-a", false, quiet());
    first.changed(progress("Old"));
    first.flush();
    drop(first);

    let second = Saver::open(&named(key), "sp-b", false, quiet());
    assert!(second.view().offer.is_some());
    second.changed(progress("New"));
    second.flush();
    assert_eq!(
        saved_headline(key).as_deref(),
        Some("New"),
        "the new work is saved"
    );
    assert_eq!(
        progress::open_earlier(get(&earlier).as_deref())
            .first()
            .map(|p| p.profile.headline.as_str()),
        Some("Old"),
        "the offer is kept"
    );
    let view = second.view();
    assert!(view.offer.is_none());
    assert_eq!(
        view.earlier.as_ref().map(|p| p.profile.headline.as_str()),
        Some("Old")
    );
    drop(second);

    // A reload before deciding: the newer work is offered, the older one still there.
    let third = Saver::open(&named(key), "sp-c", false, quiet());
    let view = third.view();
    assert_eq!(
        view.offer.as_ref().map(|p| p.profile.headline.as_str()),
        Some("New")
    );
    assert_eq!(
        view.earlier.as_ref().map(|p| p.profile.headline.as_str()),
        Some("Old")
    );
    third.resumed();
    third.changed(progress("Newer"));
    third.flush();
    let back = third.switch_to_earlier().map(|p| p.profile.headline);
    assert_eq!(back.as_deref(), Some("Old"));
    assert_eq!(
        third
            .view()
            .earlier
            .as_ref()
            .map(|p| p.profile.headline.as_str()),
        Some("Newer"),
        "switching keeps the work switched from"
    );
    third.drop_earlier();
    assert_eq!(get(&earlier), None);
    third.forget();
    drop(third);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_shared_result_on_screen_saves_nothing_until_the_reader_takes_the_guide() {
    let key = "skillpath:test-viewing";
    let own = Saver::open(&named(key), "sp-a", false, quiet());
    own.changed(progress("Mine"));
    own.flush();
    drop(own);
    let viewing = Saver::open(&named(key), "sp-b", true, quiet());
    assert_eq!(viewing.view().mode, Mode::Off(Off::Viewing));
    viewing.changed(progress("Someone else's"));
    viewing.flush();
    assert_eq!(saved_headline(key).as_deref(), Some("Mine"));
    assert_eq!(
        get(&progress::earlier_key(key)),
        None,
        "nothing kept aside either"
    );
    viewing.own();
    viewing.changed(progress("Taken myself"));
    viewing.flush();
    assert_eq!(saved_headline(key).as_deref(), Some("Taken myself"));
    let earlier = progress::open_earlier(get(&progress::earlier_key(key)).as_deref());
    assert_eq!(
        earlier.first().map(|p| p.profile.headline.as_str()),
        Some("Mine")
    );
    drop(viewing);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn earlier_progress_is_a_list_another_tab_adds_to_not_a_slot_it_overwrites() {
    let key = "skillpath:test-earlier-list";
    let first = Saver::open(&named(key), "sp-a", false, quiet());
    first.changed(progress("Original"));
    first.flush();
    drop(first);
    let tab = Saver::open(&named(key), "sp-b", false, quiet());
    // Meanwhile another tab kept its own offer aside.
    let stamp = progress::Stamp::try_from("w.1".to_owned()).unwrap();
    let other = progress::earlier_text(&[progress("Other tab's")], &stamp).unwrap();
    storage()
        .set_item(&progress::earlier_key(key), &other)
        .unwrap();
    tab.changed(progress("New"));
    tab.flush();
    let earlier = progress::open_earlier(get(&progress::earlier_key(key)).as_deref());
    let names: Vec<&str> = earlier
        .iter()
        .map(|p| p.profile.headline.as_str())
        .collect();
    assert_eq!(names, ["Original", "Other tab's"]);
    assert_eq!(tab.view().earlier_more, 1);
    drop(tab);
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_widget_sharing_a_key_takes_it_over_when_the_saving_one_goes() {
    let key = "skillpath:test-heir";
    let first = Saver::open(&named(key), "sp-a", false, quiet());
    let second = Saver::open(&named(key), "sp-b", false, quiet());
    assert_eq!(second.view().mode, Mode::Off(Off::Shared));
    first.changed(progress("First's"));
    first.flush();
    second.changed(progress("Second's"));
    drop(first);
    assert_eq!(second.view().mode, Mode::On);
    assert_eq!(saved_headline(key).as_deref(), Some("Second's"));
    let earlier = progress::open_earlier(get(&progress::earlier_key(key)).as_deref());
    assert_eq!(
        earlier.first().map(|p| p.profile.headline.as_str()),
        Some("First's")
    );
    drop(second);
    storage().clear().unwrap();
}
