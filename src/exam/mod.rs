//! Mock exams faithful to SAA-C03. Pure: candidates, seeds and times in.
