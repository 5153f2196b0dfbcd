public enum GainsayUI {}
