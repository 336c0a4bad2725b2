#pragma once

// How the list's current row came to change, which decides what showing its thread
// may cost (ReadingLayout).
enum class CurrentMove {
    Program, // the window opening, a tab switch, rows arriving, a selection restored
    Pick, // a click or an arrow key: the user chose that row
    Jump, // Home, End, the Page keys, typing a name: the user moved, to a row not chosen
};
