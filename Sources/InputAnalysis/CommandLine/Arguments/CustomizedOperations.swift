/// Operations whose argument tables the AWS CLI changes with hand-written customizations that cli-input-ls does not
/// model: facts read from AWS CLI v1 1.45.11's argument tables (the differential suite checks every table).
///
/// The option names are known, so they are neither reported as unknown nor demanded when a customization makes
/// them optional; what the options do with their values is not modelled, so using one gives a `not-modelled`
/// finding and the request may lack what it adds.
enum CustomizedOperations {
    /// One change a customization makes to the generated table.
    enum Change: Sendable {
        /// A new option (not modelled) with its arity; `required` as argparse enforces it.
        case add(String, ArgparseAction.Arity = .one, required: Bool = false, choices: [String]? = nil)
        /// A new flag (not modelled) storing `value`.
        case flag(String, Bool = true)
        /// A member option removed.
        case remove(String)
        /// A member option no longer required (others can supply the member).
        case relax(String)
        /// A member option whose value the customization processes itself (not modelled), with its new arity.
        case replace(String, ArgparseAction.Arity = .one, required: Bool = false)
        /// A member option shown under another name (still processed as the member).
        case rename(String, to: String, required: Bool)
        /// The table has no `--cli-input-json` and `--generate-cli-skeleton` (a custom `outfile` comes first).
        case noInputOptions
        /// A positional `outfile` replaced by a custom one.
        case customOutfile
    }

    /// The changes by `service operation` (CLI names).
    static let changes: [String: [Change]] = [
        "cloudfront create-distribution": [
            .add("origin-domain-name"), .add("default-root-object"), .relax("distribution-config"),
        ],
        "cloudfront create-invalidation": [.add("paths", .oneOrMore), .relax("invalidation-batch")],
        "cloudfront update-distribution": [.add("default-root-object"), .relax("distribution-config")],
        "cloudsearch define-expression": [.replace("expression", required: true), .add("name", required: true)],
        "cloudsearch define-index-field": [
            .remove("index-field"), .add("name", required: true), .add("type", required: true), .add("default-value"),
            .add("facet-enabled"), .add("search-enabled"), .add("return-enabled"), .add("sort-enabled"),
            .add("source-field"), .add("highlight-enabled"), .add("analysis-scheme"),
        ],
        "cloudwatch put-metric-data": [
            .add("metric-name"), .add("timestamp"), .add("unit"), .add("value"), .add("dimensions"),
            .add("statistic-values"), .add("storage-resolution"),
        ],
        "configservice put-configuration-recorder": [
            .replace("configuration-recorder", required: true), .add("recording-group"),
        ],
        "datapipeline activate-pipeline": [.replace("parameter-values", .oneOrMore), .add("parameter-values-uri")],
        "datapipeline put-pipeline-definition": [
            .replace("parameter-objects"), .replace("parameter-values", .oneOrMore), .remove("pipeline-objects"),
            .add("pipeline-definition", required: true), .add("parameter-values-uri"),
        ],
        "deploy create-deployment": [.add("s3-location"), .add("github-location")],
        "deploy get-application-revision": [.relax("revision"), .add("s3-location"), .add("github-location")],
        "deploy register-application-revision": [.relax("revision"), .add("s3-location"), .add("github-location")],
        "ec2 bundle-instance": [
            .relax("storage"), .add("bucket"), .add("prefix"), .add("owner-akid"), .add("owner-sak"), .add("policy"),
        ],
        "ec2 get-password-data": [.add("priv-launch-key")],
        "emr add-tags": [.replace("tags", .oneOrMore, required: true)],
        "emr list-clusters": [
            .replace("created-after"), .replace("created-before"), .replace("cluster-states", .oneOrMore),
            .flag("active"), .flag("terminated"), .flag("failed"),
        ],
        "iam create-virtual-mfa-device": [
            .noInputOptions, .add("outfile", required: true),
            .add("bootstrap-method", required: true, choices: ["QRCodePNG", "Base32StringSeed"]),
        ],
        "iot create-certificate-from-csr": [.add("certificate-pem-outfile")],
        "iot create-keys-and-certificate": [
            .add("certificate-pem-outfile"), .add("public-key-outfile"), .add("private-key-outfile"),
        ],
        "lambda create-function": [.replace("code"), .add("zip-file")],
        "lambda publish-layer-version": [.replace("content"), .add("zip-file")],
        "quicksight start-asset-bundle-import-job": [
            .relax("asset-bundle-import-source"), .add("asset-bundle-import-source-bytes"),
        ],
        "rekognition compare-faces": [
            .relax("source-image"), .relax("target-image"), .add("source-image-bytes"), .add("target-image-bytes"),
        ],
        "rekognition detect-custom-labels": imageBytes,
        "rekognition detect-faces": imageBytes,
        "rekognition detect-labels": imageBytes,
        "rekognition detect-moderation-labels": imageBytes,
        "rekognition detect-protective-equipment": imageBytes,
        "rekognition detect-text": imageBytes,
        "rekognition index-faces": imageBytes,
        "rekognition recognize-celebrities": imageBytes,
        "rekognition search-faces-by-image": imageBytes,
        "rekognition search-users-by-image": imageBytes,
        "s3api select-object-content": [.noInputOptions, .customOutfile],
        "ses send-email": [
            .rename("source", to: "from", required: true), .relax("destination"), .relax("message"),
            .add("to", .oneOrMore), .add("cc", .oneOrMore), .add("bcc", .oneOrMore), .add("subject"), .add("text"),
            .add("html"),
        ],
        "translate import-terminology": [.relax("terminology-data"), .add("data-file", required: true)],
        "translate translate-document": [.add("document-content", required: true)],
        // The CLI splits ModifyOptionGroup into two commands with their own options.
        "rds add-option-to-option-group": [
            .rename("options-to-include", to: "options", required: false), .remove("options-to-remove"),
        ],
        "rds remove-option-from-option-group": [
            .rename("options-to-remove", to: "options", required: false), .remove("options-to-include"),
        ],
    ]

    private static let imageBytes: [Change] = [.relax("image"), .add("image-bytes")]
}
