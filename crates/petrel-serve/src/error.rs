//! API errors: a status and a message, sent as `{"error": "…"}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use petrel_core::{ErrorKind, PetrelError};

/// An error answered to a client.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// What went wrong, for a person.
    pub message: String,
}

impl ApiError {
    /// 400: a parameter is missing, unknown or invalid.
    pub fn bad(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }
    /// 404: no such resource.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
        }
    }
}

impl From<PetrelError> for ApiError {
    fn from(e: PetrelError) -> ApiError {
        match e.kind {
            // Validation messages name CLI flags (`--dyad`); the API's parameters drop the dashes.
            ErrorKind::Config | ErrorKind::Parse | ErrorKind::BadInput => {
                ApiError::bad(e.message.replace("--", ""))
            }
            _ => {
                eprintln!("petrel: serve: {e}");
                ApiError {
                    status: StatusCode::INTERNAL_SERVER_ERROR,
                    message: format!("the store could not answer: {}", e.message),
                }
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}
