//! The model's typed ids as SQL values, so that the store binds and reads them as they
//! are (`params![uid]`, `row.get::<_, ResidentUid>(0)`) and no `.0` or `.as_str()` is
//! needed at the boundary.

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::model::{
    ActivityId, ChoiceId, DraftUid, LessonId, PackId, QuestionId, ResidentId, ResidentUid, WorkshopUid,
};

macro_rules! text_sql {
    ($($name:ident),*) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                String::column_result(value).map(Self)
            }
        }
    )*};
}

text_sql!(
    PackId,
    LessonId,
    QuestionId,
    ActivityId,
    ChoiceId,
    ResidentUid,
    WorkshopUid,
    DraftUid
);

impl ToSql for ResidentId {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.0))
    }
}

impl FromSql for ResidentId {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        i64::column_result(value).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_ids_go_in_and_out_as_they_are() -> rusqlite::Result<()> {
        let conn = rusqlite::Connection::open_in_memory()?;
        conn.execute_batch("CREATE TABLE t (uid TEXT, id INTEGER)")?;
        let uid = ResidentUid::from("0b9c-ana");
        conn.execute(
            "INSERT INTO t VALUES (?1, ?2)",
            rusqlite::params![uid, ResidentId(7)],
        )?;
        let (back, id): (ResidentUid, ResidentId) =
            conn.query_row("SELECT uid, id FROM t", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        assert_eq!((back, id), (uid, ResidentId(7)));
        Ok(())
    }
}
