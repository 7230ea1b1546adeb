/// The tool's version, recorded in manifests and run ledgers.
public enum ToolVersion {
    public static let current = "0.1.0"
}
