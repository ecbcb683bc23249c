//! The Discord shell (`attache serve`): poise commands over serenity, thin over the engine.
