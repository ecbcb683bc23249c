//! Conversations: follow-up questions that lean on earlier ones ("they", "that meeting",
//! "where was that?", "and before that?"), asked in one conversation over the invented
//! articles of `common::invented`.

mod common;

use common::invented::{ask, conv};

#[test]
fn follow_ups_resolve_they_that_and_before_that() {
    let mut c = conv();
    let a = ask(&mut c, "When did they last meet?");
    let t = a.text();
    assert!(
        t.starts_with("Assuming you mean Mira Okafor and Jonas Brandt"),
        "{t}"
    );
    assert!(t.contains("Tuesday, 2 March 2021"), "{t}");
    assert!(t.contains("Sources:") && t.contains("paragraph 1"), "{t}");
    let t = ask(&mut c, "Where was that?").text();
    assert!(t.contains("Port Halden"), "{t}");
    let t = ask(&mut c, "What did they agree on?").text();
    assert!(t.contains("joint patrols"), "{t}");
    let t = ask(&mut c, "What did Okafor tell Brandt?").text();
    assert!(t.contains("turned a page"), "{t}");
    let t = ask(&mut c, "And before that?").text();
    assert!(t.contains("June 2019") && t.contains("Lindqvist"), "{t}");
    let t = ask(&mut c, "Did they shake hands?").text();
    assert!(t.contains("not shake hands"), "{t}");
    let t = ask(&mut c, "What about Ana Sorel?").text();
    assert!(t.contains("don't confirm"), "{t}");
}
