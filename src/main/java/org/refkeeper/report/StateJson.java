package org.refkeeper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.refkeeper.verdict.State;

import java.io.IOException;
import java.util.Optional;

/**
 * States in the archive's JSON files as the lower-case words they have always been ({@code "vanished"}), as
 * values and as map keys. An empty word (a first run's {@code previous}) reads as no state.
 */
final class StateJson {
    private StateJson() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("refkeeper-states");
        module.addSerializer(State.class, new JsonSerializer<>() {
            @Override
            public void serialize(State state, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(state.label());
            }
        });
        module.addKeySerializer(State.class, new JsonSerializer<>() {
            @Override
            public void serialize(State state, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeFieldName(state.label());
            }
        });
        module.addDeserializer(State.class, new JsonDeserializer<>() {
            @Override
            public State deserialize(JsonParser json, DeserializationContext context) throws IOException {
                return parse(json.getValueAsString(), context);
            }
        });
        module.addKeyDeserializer(State.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                return parse(key, context);
            }
        });
        return module;
    }

    private static State parse(String label, DeserializationContext context) throws IOException {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return State.of(label);
        } catch (IllegalArgumentException e) {
            return (State) context.handleWeirdStringValue(State.class, label, "not a state of a source");
        }
    }

    /** {@code previous} is written as {@code ""} when there is none, as it always was. */
    static final class OptionalLabel extends JsonSerializer<Optional<State>> {
        @Override
        public void serialize(Optional<State> state, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(state.map(State::label).orElse(""));
        }
    }
}
