//! The index folder attache owns: it is marked on first use, an unmarked folder is adopted
//! only when it holds nothing but attache's own files, abandoned generations are removed by
//! the next build, and nothing attache did not create is ever deleted.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use attache::engine::{Engine, ReindexOptions};

use crate::CancelAtIndex;
use crate::common::{config, current, generations, seed_dir};

/// The marker file of an index folder attache owns.
const MARKER: &str = ".attache-index";

fn reindex(index: &Path) -> anyhow::Result<String> {
    let seed = seed_dir();
    let engine = Engine::open(config(&[&seed], index))?;
    let report = crate::common::reindex(&engine)?;
    Ok(report.generation)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn a_new_folder_is_marked_and_a_user_gen_folder_survives_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    reindex(&idx).unwrap();
    assert!(idx.join(MARKER).is_file());
    let mine = idx.join("gen-mine");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("notes.txt"), "mine").unwrap();
    let second = reindex(&idx).unwrap();
    assert_eq!(
        std::fs::read_to_string(mine.join("notes.txt")).unwrap(),
        "mine"
    );
    assert_eq!(current(&idx).as_deref(), Some(second.as_str()));
    assert_eq!(generations(&idx), vec![second, "gen-mine".to_string()]);
}

#[test]
fn a_complete_but_unswitched_generation_is_removed_by_the_next_build() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    let first = reindex(&idx).unwrap();
    // A build killed after COMPLETE and before the switch leaves a full generation.
    let orphan = "gen-999999999999999-1";
    copy_dir(&idx.join(&first), &idx.join(orphan));
    assert!(idx.join(orphan).join("COMPLETE").is_file());
    // The next build removes it before it builds, even when that build is killed too
    // (cancelled here before its switch).
    let seed = seed_dir();
    let engine = Engine::open(config(&[&seed], &idx)).unwrap();
    let cancel = AtomicBool::new(false);
    engine
        .reindex(&ReindexOptions::default(), &CancelAtIndex(&cancel), &cancel)
        .expect_err("cancelled");
    assert_eq!(generations(&idx), vec![first.clone()]);
    assert_eq!(current(&idx).as_deref(), Some(first.as_str()));
}

#[test]
fn a_folder_of_other_files_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    std::fs::create_dir(&idx).unwrap();
    std::fs::write(idx.join("thesis.txt"), "years of work").unwrap();
    let err = reindex(&idx).unwrap_err().to_string();
    assert!(
        err.contains("thesis.txt") && err.contains("did not create"),
        "{err}"
    );
    assert!(!idx.join(MARKER).exists());
    assert_eq!(std::fs::read_dir(&idx).unwrap().count(), 1);

    // A folder named like a generation, without attache's metadata, is refused too.
    let other = tmp.path().join("other");
    std::fs::create_dir_all(other.join("gen-photos")).unwrap();
    std::fs::write(other.join("gen-photos").join("a.jpg"), "jpeg").unwrap();
    let err = reindex(&other).unwrap_err().to_string();
    assert!(err.contains("gen-photos"), "{err}");
    assert!(other.join("gen-photos").join("a.jpg").is_file());
}

#[test]
fn an_empty_folder_or_an_index_from_before_the_marker_is_adopted() {
    let tmp = tempfile::tempdir().unwrap();
    let idx = tmp.path().join("idx");
    std::fs::create_dir(&idx).unwrap();
    let first = reindex(&idx).unwrap();
    assert!(idx.join(MARKER).is_file());
    // An index from before the markers: CURRENT, the lock and generations with their
    // attache.json only.
    std::fs::remove_file(idx.join(MARKER)).unwrap();
    std::fs::remove_file(idx.join(&first).join(".attache-generation")).unwrap();
    let second = reindex(&idx).unwrap();
    assert!(idx.join(MARKER).is_file());
    assert_eq!(generations(&idx), vec![second]);
}
