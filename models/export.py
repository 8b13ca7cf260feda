"""Export a trained cross-encoder to int8 ONNX, so serving needs onnxruntime, not torch."""

from __future__ import annotations

from pathlib import Path


def export_int8_onnx(checkpoint: Path, out: Path) -> Path:
    """Write ``out/model.onnx`` (dynamically quantised to int8), its tokenizer and config.

    The repository ships this directory only (~23 MB against ~90 MB of fp32 weights), and
    ``models.stance`` serves it with onnxruntime. The fp32 ``checkpoint`` stays where it is, to
    start further training from.
    """
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from models.stance import ONNX_FILE

    model = AutoModelForSequenceClassification.from_pretrained(checkpoint).eval()
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    sample = tokenizer(["evidence sentence"], ["claim"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    out.mkdir(parents=True, exist_ok=True)
    fp32 = out / "model.fp32.onnx"
    axes = {name: {0: "batch", 1: "tokens"} for name in names}
    torch.onnx.export(
        model,
        tuple(sample[name] for name in names),
        str(fp32),
        input_names=names,
        output_names=["logits"],
        dynamic_axes={**axes, "logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    target = out / ONNX_FILE
    quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8)
    fp32.unlink()
    model.config.to_json_file(out / "config.json")
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))
    return target
