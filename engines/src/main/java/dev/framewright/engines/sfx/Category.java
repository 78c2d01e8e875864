package dev.framewright.engines.sfx;

import java.util.List;

/**
 * The sound categories the procedural engine knows, each with the words that name it in a prompt and
 * its natural length. A word marked {@code ~} is a weak hint (it counts half: "running" suggests
 * footsteps, but "running water" is water). {@link #AMBIENCE} is what an unrecognised prompt gets.
 */
enum Category {
    EXPLOSION(
            "explosion",
            4,
            "explosion",
            "explode",
            "exploding",
            "blast",
            "~boom",
            "detonation",
            "bomb",
            "grenade",
            "kaboom",
            "blow up",
            "dynamite",
            "~firework"),
    GUNSHOT("gunshot", 2, "gunshot", "gun", "~shot", "rifle", "pistol", "shotgun", "gunfire", "bullet", "revolver"),
    THUNDER("thunder", 7, "thunder", "thunderclap", "lightning", "thunderstorm", "~rumble"),
    IMPACT(
            "impact",
            1.5,
            "impact",
            "hit",
            "punch",
            "thud",
            "knock",
            "bang",
            "smack",
            "strike",
            "slap",
            "collision",
            "crash",
            "thump",
            "~kick",
            "~drop",
            "~fall",
            "stomp"),
    GLASS(
            "glass",
            2.5,
            "glass",
            "shatter",
            "shattering",
            "smash",
            "~break",
            "~breaking",
            "~window",
            "clink",
            "bottle",
            "crystal"),
    DOOR("door", 2.5, "door", "creak", "creaky", "creaking", "hinge", "~gate", "~slam", "latch"),
    WHOOSH(
            "whoosh",
            1.5,
            "whoosh",
            "swoosh",
            "swish",
            "swipe",
            "woosh",
            "fly by",
            "flyby",
            "whizz",
            "whiz",
            "~transition",
            "~sweep",
            "~pass by"),
    LASER("laser", 1, "laser", "zap", "pew", "blaster", "phaser", "ray gun", "raygun", "sci-fi shot", "lazer"),
    UI_BEEP(
            "UI beep",
            1,
            "beep",
            "ui",
            "notification",
            "~click",
            "button",
            "blip",
            "ping",
            "chime",
            "~interface",
            "~menu",
            "~tap",
            "alert tone",
            "~message",
            "~error",
            "~confirm",
            "~success"),
    ALARM("alarm", 4, "alarm", "siren", "klaxon", "~alert", "~warning", "buzzer", "~emergency", "~police", "ambulance"),
    COIN("coin", 1, "coin", "coins", "pickup", "pick up", "collect", "ding", "~cash", "~money", "~reward", "~point"),
    POWER_UP(
            "power-up",
            1.5,
            "power up",
            "power-up",
            "powerup",
            "level up",
            "level-up",
            "~charge",
            "~charging",
            "upgrade",
            "~buff",
            "~magic",
            "~spell"),
    ENGINE(
            "engine",
            6,
            "engine",
            "motor",
            "~car",
            "~truck",
            "~idle",
            "~idling",
            "~rev",
            "~revving",
            "~machine",
            "motorbike",
            "motorcycle",
            "generator",
            "tractor",
            "~vehicle",
            "~accelerating"),
    RAIN("rain", 10, "rain", "raining", "drizzle", "downpour", "raindrops", "rainfall", "~shower"),
    WIND("wind", 10, "wind", "windy", "breeze", "gust", "gusts", "~howling", "blizzard", "gale", "~storm"),
    FIRE("fire", 8, "fire", "campfire", "crackling", "crackle", "flames", "flame", "bonfire", "fireplace", "~burning"),
    WATER(
            "water",
            6,
            "water",
            "stream",
            "river",
            "bubbles",
            "bubbling",
            "bubble",
            "brook",
            "splash",
            "~pour",
            "~pouring",
            "drip",
            "dripping",
            "creek",
            "fountain",
            "~liquid"),
    FOOTSTEPS(
            "footsteps",
            5,
            "footsteps",
            "footstep",
            "~steps",
            "walking",
            "walk",
            "~running",
            "~run",
            "stepping",
            "marching",
            "~walks"),
    TYPING("typing", 5, "typing", "keyboard", "keystrokes", "keystroke", "typewriter", "~keys", "~type"),
    PLUCK(
            "pluck", 2, "pluck", "plucked", "twang", "string", "guitar", "harp", "boing", "spring", "sproing", "banjo",
            "~strum"),
    HEARTBEAT("heartbeat", 5, "heartbeat", "heart", "~pulse", "heart beat", "heartbeats", "heart-beat"),
    AMBIENCE("ambience", 6);

    private final String label;
    private final double naturalSeconds;
    private final List<String> words;

    Category(String label, double naturalSeconds, String... words) {
        this.label = label;
        this.naturalSeconds = naturalSeconds;
        this.words = List.of(words);
    }

    /** How descriptions name the recipe. */
    String label() {
        return label;
    }

    /** The length chosen when neither the request nor the prompt gives one (1–10 s). */
    double naturalSeconds() {
        return naturalSeconds;
    }

    List<String> words() {
        return words;
    }
}
