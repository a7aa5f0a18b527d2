//! The web page, embedded in the binary: a fixed table of names, so no request can reach a
//! file outside it.

/// One embedded file.
pub struct Asset {
    /// Its name under `/static/`.
    pub name: &'static str,
    /// Its media type.
    pub content_type: &'static str,
    /// Its bytes.
    pub body: &'static [u8],
}

/// The page itself, served at `/`.
pub const INDEX: Asset = Asset {
    name: "index.html",
    content_type: "text/html; charset=utf-8",
    body: include_bytes!("../assets/index.html"),
};

/// Files under `/static/`.
pub const STATIC: &[Asset] = &[
    Asset {
        name: "app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../assets/app.js"),
    },
    Asset {
        name: "app.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../assets/app.css"),
    },
];

/// The static file called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static Asset> {
    STATIC.iter().find(|a| a.name == name)
}
