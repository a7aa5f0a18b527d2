//! PNG output: a valid file of the requested size, with the bars' colours in it.

mod common;

use petrel_plot::{draw_to_file, PlotSpec};

#[test]
fn png_has_the_requested_size_and_the_picture() {
    let rows = common::rows(12);
    let alerts = common::alerts(&rows);
    let spec = PlotSpec {
        title: "RUS-UKR".into(),
        subtitle: None,
        rows: &rows,
        alerts: &alerts,
        width: 640,
        height: 400,
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("series.PNG");
    draw_to_file(&spec, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&bytes[12..16], b"IHDR");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!((width, height), (640, 400));

    let mut reader = png::Decoder::new(std::io::Cursor::new(&bytes))
        .read_info()
        .unwrap();
    let mut rgb = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut rgb).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgb);
    let pixels: Vec<&[u8]> = rgb[..info.buffer_size()].chunks(3).collect();
    let count = |c: [u8; 3]| pixels.iter().filter(|p| **p == c).count();
    for colour in [[0x00, 0x72, 0xB2], [0xD5, 0x5E, 0x00], [0, 0, 0]] {
        assert!(count(colour) > 500, "too few pixels of {colour:?}");
    }
    assert!(
        count([255, 255, 255]) > pixels.len() / 3,
        "mostly white background"
    );
}
