//! Frame CPU time on the app's heaviest screens, with a store of 10,000 residents, at
//! 1280×800: building the frame with egui and tessellating it (the CPU side of a frame;
//! the GPU upload is left out). The baseline is an empty window's frame, measured the
//! same way in the same run.

use std::time::{Duration, Instant};

use super::{Measure, percentile};
use crate::app::{PasserelleApp, Startup};
use crate::model::QuestionKind;
use crate::session::{Action, AgentAction, AgentView, AnswerDraft, CardAction, LessonAction, Place, Route};
use crate::store::Store;

const WARM_UP: usize = 20;
const FRAMES: usize = 200;

/// The p95 of `FRAMES` frames drawn by `draw`, the pointer moving a little each frame so
/// that nothing is cached.
fn frame_p95(ctx: &egui::Context, mut draw: impl FnMut(&mut egui::Ui)) -> Duration {
    let mut samples = Vec::with_capacity(FRAMES);
    for i in 0..WARM_UP + FRAMES {
        #[allow(clippy::cast_precision_loss)]
        let pointer = egui::pos2((i * 37 % 1280) as f32, (i * 53 % 800) as f32);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            events: vec![egui::Event::PointerMoved(pointer)],
            ..Default::default()
        };
        let start = Instant::now();
        let output = ctx.run_ui(input, &mut draw);
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        if i >= WARM_UP {
            samples.push(start.elapsed());
        }
    }
    percentile(&mut samples, 0.95)
}

/// Measures each heavy screen; `store` holds the built-in packs and 10,000 residents.
pub fn measure(store: Store) -> Vec<Measure> {
    let empty_ctx = egui::Context::default();
    let baseline = frame_p95(&empty_ctx, |ui| {
        egui::CentralPanel::default().show(ui, |ui| ui.label("Empty window"));
    });

    let ctx = egui::Context::default();
    let mut app = PasserelleApp::new(&ctx, store, Startup::default());
    let mut measures = Vec::new();
    let mut screen = |app: &mut PasserelleApp, what: &'static str| {
        measures.push(Measure {
            what,
            took: frame_p95(&ctx, |ui| app.show(ui)),
            baseline,
            target: Duration::from_millis(8),
        });
    };
    screen(&mut app, "frame p95: profile cards, 10,000 residents");
    if let Route::Profiles(cards) = &mut app.state_mut().route {
        // Searching looks through every name, every frame.
        cards.search = "9999".into();
    }
    screen(&mut app, "frame p95: searching 10,000 profiles");
    let first = app.state().route_residents().first().map(|r| r.id);
    if let Some(id) = first {
        app.apply(Action::Card(CardAction::PickResident(id)));
    }
    screen(&mut app, "frame p95: home");
    for (lesson, steps, what) in [
        ("les-fenetres", 0, "frame p95: lesson step with a picture"),
        ("les-arnaques-par-mail", 3, "frame p95: mailbox practice"),
        ("les-formulaires", 3, "frame p95: form practice"),
    ] {
        app.apply(Action::Lesson(LessonAction::OpenLesson {
            pack: "premiers-pas".into(),
            lesson: lesson.into(),
        }));
        for _ in 0..steps {
            app.apply(Action::Lesson(LessonAction::NextStep));
        }
        if lesson == "les-formulaires" {
            app.apply(Action::Lesson(LessonAction::CheckActivity));
        }
        screen(&mut app, what);
    }
    app.apply(Action::Lesson(LessonAction::OpenLesson {
        pack: "premiers-pas".into(),
        lesson: "les-fenetres".into(),
    }));
    if let Route::Lesson(session) = &mut app.state_mut().route
        && let Some(index) = session
            .lesson
            .questions
            .iter()
            .position(|q| matches!(q.kind, QuestionKind::Zone { .. }))
    {
        session.place = Place::Question {
            index,
            draft: AnswerDraft::for_question(&session.lesson.questions[index]),
            feedback: None,
        };
    }
    screen(&mut app, "frame p95: picture to click");

    // The leaders' area, listing 10,000 residents.
    app.apply(Action::Agent(AgentAction::OpenAgentArea));
    if let Route::Agent(AgentView::ChoosePin {
        pin, confirmation, ..
    }) = &mut app.state_mut().route
    {
        *pin = "482915".into();
        *confirmation = "482915".into();
    }
    app.apply(Action::Agent(AgentAction::ChooseAgentPin));
    app.apply(Action::Agent(AgentAction::RecoveryCodeNoted));
    screen(&mut app, "frame p95: leaders' area, 10,000 residents");
    if let Route::Agent(AgentView::Open { residents, .. }) = &mut app.state_mut().route {
        residents.search = "9999".into();
    }
    screen(&mut app, "frame p95: leaders' area, searching");
    measures
}
