package org.pushbox.server.pim.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One iCalendar component (VEVENT, VTODO, VALARM, ...) with its properties and subcomponents, in order. */
public record IcsComponent(String name, List<IcsProperty> properties, List<IcsComponent> components) {

    public IcsComponent {
        name = name.toUpperCase(Locale.ROOT);
        properties = List.copyOf(properties);
        components = List.copyOf(components);
    }

    public Optional<IcsProperty> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).findFirst();
    }

    public List<IcsProperty> all(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).toList();
    }

    /** The unescaped text of the first {@code propertyName}, or null. */
    public String text(String propertyName) {
        return property(propertyName).map(IcsProperty::text).orElse(null);
    }

    public List<IcsComponent> components(String componentName) {
        return components.stream().filter(c -> c.name().equalsIgnoreCase(componentName)).toList();
    }

    /** Builds a component in order. */
    public static final class Builder {
        private final String name;
        private final List<IcsProperty> properties = new ArrayList<>();
        private final List<IcsComponent> components = new ArrayList<>();

        public Builder(String name) {
            this.name = name;
        }

        public Builder add(IcsProperty property) {
            properties.add(property);
            return this;
        }

        public Builder addAll(List<IcsProperty> more) {
            properties.addAll(more);
            return this;
        }

        public Builder add(IcsComponent component) {
            components.add(component);
            return this;
        }

        public IcsComponent build() {
            return new IcsComponent(name, properties, components);
        }
    }
}
