//! An empty eframe window with Passerelle's features: the baseline that
//! `scripts/measure.sh` compares Passerelle's start-up, memory and idle CPU with.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("EmptyWindow")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_ui_native("EmptyWindow", options, |ui, _frame| {
        egui::CentralPanel::default().show(ui, |_ui| {});
    })
}
