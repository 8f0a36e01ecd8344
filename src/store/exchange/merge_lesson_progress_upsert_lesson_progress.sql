INSERT INTO lesson_progress (resident_id, pack_id, lesson_id, attempt, phase, step, best_correct, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT (resident_id, pack_id, lesson_id) DO UPDATE SET attempt = excluded.attempt,
    phase = excluded.phase, step = excluded.step, best_correct = excluded.best_correct,
    updated_at = excluded.updated_at
