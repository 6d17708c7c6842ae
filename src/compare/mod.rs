//! The claims-versus-statements view.

mod claim_columns;
mod claim_list;
mod compare_view;
mod readout_matrix;
mod source_line;
mod statement_card;

pub use claim_columns::ClaimColumns;
pub use claim_list::{side_names, ClaimList};
pub use compare_view::CompareView;
pub use readout_matrix::ReadoutMatrixTable;
pub use source_line::SourceLine;
pub use statement_card::StatementCard;
