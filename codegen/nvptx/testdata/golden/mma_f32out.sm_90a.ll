; f32out
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@f32out_attn0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @f32out_attn0(i16* %q, i16* %k, i16* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @f32out_attn0_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %11, 2
	%13 = and i32 %11, 3
	%14 = sub i32 %NQ, 1
	%15 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%16 = sub i32 %14, %15
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = sdiv i32 %17, %group
	%19 = mul i32 %16, 64
	%20 = mul i32 %17, %M
	%21 = mul i32 %20, 64
	%22 = sext i32 %21 to i64
	%23 = getelementptr i16, i16* %q, i64 %22
	%24 = mul i32 %18, %N
	%25 = mul i32 %24, 64
	%26 = sext i32 %25 to i64
	%27 = getelementptr i16, i16* %k, i64 %26
	%28 = mul i32 %18, %N
	%29 = mul i32 %28, 64
	%30 = sext i32 %29 to i64
	%31 = getelementptr i16, i16* %v, i64 %30
	%32 = udiv i32 %17, %lh
	%33 = mul i32 %32, %NQ
	%34 = add i32 %33, %16
	%35 = mul i32 %34, 2
	%36 = mul i32 %35, %NK
	%37 = mul i32 %17, %ch
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %16
	%40 = mul i32 %39, %NK
	%41 = add i32 %36, 0
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %list, i64 %42
	%44 = load i32, i32* %43
	%45 = icmp sgt i32 %NK, 0
	%46 = icmp sge i32 %44, 0
	%47 = and i1 %45, %46
	%48 = lshr i32 %9, 3
	%49 = and i32 %9, 7
	%50 = lshr i32 %49, 3
	%51 = mul i32 %50, u0x2000
	%52 = and i32 %49, 7
	%53 = and i32 %48, 7
	%54 = xor i32 %52, %53
	%55 = mul i32 %48, 128
	%56 = shl i32 %54, 4
	%57 = add i32 %55, %56
	%58 = add i32 %51, %57
	%59 = add i32 %2, %58
	%60 = add i32 %19, %48
	%61 = mul i32 %60, 64
	%62 = mul i32 %49, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %23, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %23
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %23
	%76 = add i32 %59, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 32
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %23
	%82 = add i32 %59, u0x1000
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 48
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %23
	%88 = add i32 %59, 6144
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %47, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%90 = and i32 %11, 7
	%91 = lshr i32 %11, 3
	%92 = and i32 %91, 1
	%93 = shl i32 %92, 3
	%94 = add i32 %90, %93
	%95 = lshr i32 %11, 4
	%96 = mul i32 %10, 16
	%97 = add i32 %94, 0
	%98 = add i32 %96, %97
	%99 = mul i32 %98, 128
	%100 = add i32 %2, %99
	%101 = and i32 %11, 7
	%102 = xor i32 %95, %101
	%103 = shl i32 %102, 4
	%104 = add i32 %100, %103
	%105 = mul i32 %44, 64
	%106 = lshr i32 %9, 3
	%107 = and i32 %9, 7
	%108 = lshr i32 %107, 3
	%109 = mul i32 %108, u0x2000
	%110 = and i32 %107, 7
	%111 = and i32 %106, 7
	%112 = xor i32 %110, %111
	%113 = mul i32 %106, 128
	%114 = shl i32 %112, 4
	%115 = add i32 %113, %114
	%116 = add i32 %109, %115
	%117 = add i32 %0, %116
	%118 = add i32 %105, %106
	%119 = mul i32 %118, 64
	%120 = mul i32 %107, 8
	%121 = add i32 %119, %120
	%122 = sext i32 %121 to i64
	%123 = getelementptr i16, i16* %27, i64 %122
	%124 = add i32 %118, 0
	%125 = icmp slt i32 %124, %N
	%126 = getelementptr i16, i16* %123, i64 0
	%127 = select i1 %125, i16* %126, i16* %27
	%128 = add i32 %117, 0
	%129 = select i1 %125, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %128, i16* %127, i32 %129)
	%130 = add i32 %118, 16
	%131 = icmp slt i32 %130, %N
	%132 = getelementptr i16, i16* %123, i64 1024
	%133 = select i1 %131, i16* %132, i16* %27
	%134 = add i32 %117, 2048
	%135 = select i1 %131, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %134, i16* %133, i32 %135)
	%136 = add i32 %118, 32
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %123, i64 2048
	%139 = select i1 %137, i16* %138, i16* %27
	%140 = add i32 %117, u0x1000
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	%142 = add i32 %118, 48
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %123, i64 3072
	%145 = select i1 %143, i16* %144, i16* %27
	%146 = add i32 %117, 6144
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%148 = phi i32 [ 0, %prologue ], [ %229, %830 ]
	%149 = phi i32 [ %44, %prologue ], [ %236, %830 ]
	%150 = phi float [ 0.0, %prologue ], [ %1140, %830 ]
	%151 = phi float [ 0.0, %prologue ], [ %1141, %830 ]
	%152 = phi float [ 0.0, %prologue ], [ %1142, %830 ]
	%153 = phi float [ 0.0, %prologue ], [ %1143, %830 ]
	%154 = phi float [ 0.0, %prologue ], [ %1144, %830 ]
	%155 = phi float [ 0.0, %prologue ], [ %1145, %830 ]
	%156 = phi float [ 0.0, %prologue ], [ %1146, %830 ]
	%157 = phi float [ 0.0, %prologue ], [ %1147, %830 ]
	%158 = phi float [ 0.0, %prologue ], [ %1148, %830 ]
	%159 = phi float [ 0.0, %prologue ], [ %1149, %830 ]
	%160 = phi float [ 0.0, %prologue ], [ %1150, %830 ]
	%161 = phi float [ 0.0, %prologue ], [ %1151, %830 ]
	%162 = phi float [ 0.0, %prologue ], [ %1152, %830 ]
	%163 = phi float [ 0.0, %prologue ], [ %1153, %830 ]
	%164 = phi float [ 0.0, %prologue ], [ %1154, %830 ]
	%165 = phi float [ 0.0, %prologue ], [ %1155, %830 ]
	%166 = phi float [ 0.0, %prologue ], [ %1156, %830 ]
	%167 = phi float [ 0.0, %prologue ], [ %1157, %830 ]
	%168 = phi float [ 0.0, %prologue ], [ %1158, %830 ]
	%169 = phi float [ 0.0, %prologue ], [ %1159, %830 ]
	%170 = phi float [ 0.0, %prologue ], [ %1160, %830 ]
	%171 = phi float [ 0.0, %prologue ], [ %1161, %830 ]
	%172 = phi float [ 0.0, %prologue ], [ %1162, %830 ]
	%173 = phi float [ 0.0, %prologue ], [ %1163, %830 ]
	%174 = phi float [ 0.0, %prologue ], [ %1164, %830 ]
	%175 = phi float [ 0.0, %prologue ], [ %1165, %830 ]
	%176 = phi float [ 0.0, %prologue ], [ %1166, %830 ]
	%177 = phi float [ 0.0, %prologue ], [ %1167, %830 ]
	%178 = phi float [ 0.0, %prologue ], [ %1168, %830 ]
	%179 = phi float [ 0.0, %prologue ], [ %1169, %830 ]
	%180 = phi float [ 0.0, %prologue ], [ %1170, %830 ]
	%181 = phi float [ 0.0, %prologue ], [ %1171, %830 ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %865, %830 ]
	%183 = phi float [ 0.0, %prologue ], [ %916, %830 ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %917, %830 ]
	%185 = phi float [ 0.0, %prologue ], [ %968, %830 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%186 = mul i32 %149, 64
	%187 = lshr i32 %9, 3
	%188 = and i32 %9, 7
	%189 = lshr i32 %188, 3
	%190 = mul i32 %189, u0x2000
	%191 = and i32 %188, 7
	%192 = and i32 %187, 7
	%193 = xor i32 %191, %192
	%194 = mul i32 %187, 128
	%195 = shl i32 %193, 4
	%196 = add i32 %194, %195
	%197 = add i32 %190, %196
	%198 = add i32 %1, %197
	%199 = add i32 %186, %187
	%200 = mul i32 %199, 64
	%201 = mul i32 %188, 8
	%202 = add i32 %200, %201
	%203 = sext i32 %202 to i64
	%204 = getelementptr i16, i16* %31, i64 %203
	%205 = add i32 %199, 0
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %204, i64 0
	%208 = select i1 %206, i16* %207, i16* %31
	%209 = add i32 %198, 0
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %199, 16
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %204, i64 1024
	%214 = select i1 %212, i16* %213, i16* %31
	%215 = add i32 %198, 2048
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %199, 32
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %204, i64 2048
	%220 = select i1 %218, i16* %219, i16* %31
	%221 = add i32 %198, u0x1000
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %199, 48
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %204, i64 3072
	%226 = select i1 %224, i16* %225, i16* %31
	%227 = add i32 %198, 6144
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%229 = add i32 %148, 1
	%230 = icmp slt i32 %229, %NK
	%231 = select i1 %230, i32 %229, i32 0
	%232 = add i32 %36, %231
	%233 = sext i32 %232 to i64
	%234 = getelementptr i32, i32* %list, i64 %233
	%235 = load i32, i32* %234
	%236 = select i1 %230, i32 %235, i32 -1
	%237 = icmp sge i32 %236, 0
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%238 = add i32 %4, 0
	%239 = zext i32 %238 to i64
	%240 = or i64 %239, u0x4000004000010000
	%241 = add i32 %6, 0
	%242 = zext i32 %241 to i64
	%243 = or i64 %242, u0x4000004000010000
	%244 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %240, i64 %243, i32 1)
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 0
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 1
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 2
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 3
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 4
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 5
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 6
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 7
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 8
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 9
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 10
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 11
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 12
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 13
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 14
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 15
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 16
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 17
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 18
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 19
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 20
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 21
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 22
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 23
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 24
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 25
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 26
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 27
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 28
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 29
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 30
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %244, 31
	%277 = add i32 %4, 2
	%278 = zext i32 %277 to i64
	%279 = or i64 %278, u0x4000004000010000
	%280 = add i32 %6, 2
	%281 = zext i32 %280 to i64
	%282 = or i64 %281, u0x4000004000010000
	%283 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, i64 %279, i64 %282, i32 1)
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 0
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 1
	%286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 2
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 3
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 4
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 5
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 6
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 7
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 8
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 9
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 10
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 11
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 12
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 13
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 14
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 15
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 16
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 17
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 18
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 19
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 20
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 21
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 22
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 23
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 24
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 25
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 26
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 27
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 28
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 29
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 30
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %283, 31
	%316 = add i32 %4, 4
	%317 = zext i32 %316 to i64
	%318 = or i64 %317, u0x4000004000010000
	%319 = add i32 %6, 4
	%320 = zext i32 %319 to i64
	%321 = or i64 %320, u0x4000004000010000
	%322 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %284, float %285, float %286, float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, i64 %318, i64 %321, i32 1)
	%323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 3
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 4
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 5
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 6
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 7
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 8
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 9
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 10
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 11
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 12
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 13
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 14
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 15
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 16
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 17
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 18
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 19
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 20
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 21
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 22
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 23
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 24
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 25
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 26
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 27
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 28
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 29
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 30
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %322, 31
	%355 = add i32 %4, 6
	%356 = zext i32 %355 to i64
	%357 = or i64 %356, u0x4000004000010000
	%358 = add i32 %6, 6
	%359 = zext i32 %358 to i64
	%360 = or i64 %359, u0x4000004000010000
	%361 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, i64 %357, i64 %360, i32 1)
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 3
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 4
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 5
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 6
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 7
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 8
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 9
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 10
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 11
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 12
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 13
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 14
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 15
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 16
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 17
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 18
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 19
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 20
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 21
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 22
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 23
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 24
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 25
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 26
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 27
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 28
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 29
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 30
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %361, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%394 = call float asm sideeffect "", "=f,0"(float %362)
	%395 = call float asm sideeffect "", "=f,0"(float %363)
	%396 = call float asm sideeffect "", "=f,0"(float %364)
	%397 = call float asm sideeffect "", "=f,0"(float %365)
	%398 = call float asm sideeffect "", "=f,0"(float %366)
	%399 = call float asm sideeffect "", "=f,0"(float %367)
	%400 = call float asm sideeffect "", "=f,0"(float %368)
	%401 = call float asm sideeffect "", "=f,0"(float %369)
	%402 = call float asm sideeffect "", "=f,0"(float %370)
	%403 = call float asm sideeffect "", "=f,0"(float %371)
	%404 = call float asm sideeffect "", "=f,0"(float %372)
	%405 = call float asm sideeffect "", "=f,0"(float %373)
	%406 = call float asm sideeffect "", "=f,0"(float %374)
	%407 = call float asm sideeffect "", "=f,0"(float %375)
	%408 = call float asm sideeffect "", "=f,0"(float %376)
	%409 = call float asm sideeffect "", "=f,0"(float %377)
	%410 = call float asm sideeffect "", "=f,0"(float %378)
	%411 = call float asm sideeffect "", "=f,0"(float %379)
	%412 = call float asm sideeffect "", "=f,0"(float %380)
	%413 = call float asm sideeffect "", "=f,0"(float %381)
	%414 = call float asm sideeffect "", "=f,0"(float %382)
	%415 = call float asm sideeffect "", "=f,0"(float %383)
	%416 = call float asm sideeffect "", "=f,0"(float %384)
	%417 = call float asm sideeffect "", "=f,0"(float %385)
	%418 = call float asm sideeffect "", "=f,0"(float %386)
	%419 = call float asm sideeffect "", "=f,0"(float %387)
	%420 = call float asm sideeffect "", "=f,0"(float %388)
	%421 = call float asm sideeffect "", "=f,0"(float %389)
	%422 = call float asm sideeffect "", "=f,0"(float %390)
	%423 = call float asm sideeffect "", "=f,0"(float %391)
	%424 = call float asm sideeffect "", "=f,0"(float %392)
	%425 = call float asm sideeffect "", "=f,0"(float %393)
	call void @llvm.nvvm.barrier0()
	br i1 %237, label %prefetch, label %prefetched

epilogue:
	%426 = phi float [ 0.0, %entry ], [ %916, %830 ]
	%427 = phi float [ 0.0, %entry ], [ %968, %830 ]
	%428 = phi i32 [ 0, %entry ], [ %229, %830 ]
	%429 = phi float [ 0.0, %entry ], [ %1140, %830 ]
	%430 = phi float [ 0.0, %entry ], [ %1141, %830 ]
	%431 = phi float [ 0.0, %entry ], [ %1142, %830 ]
	%432 = phi float [ 0.0, %entry ], [ %1143, %830 ]
	%433 = phi float [ 0.0, %entry ], [ %1144, %830 ]
	%434 = phi float [ 0.0, %entry ], [ %1145, %830 ]
	%435 = phi float [ 0.0, %entry ], [ %1146, %830 ]
	%436 = phi float [ 0.0, %entry ], [ %1147, %830 ]
	%437 = phi float [ 0.0, %entry ], [ %1148, %830 ]
	%438 = phi float [ 0.0, %entry ], [ %1149, %830 ]
	%439 = phi float [ 0.0, %entry ], [ %1150, %830 ]
	%440 = phi float [ 0.0, %entry ], [ %1151, %830 ]
	%441 = phi float [ 0.0, %entry ], [ %1152, %830 ]
	%442 = phi float [ 0.0, %entry ], [ %1153, %830 ]
	%443 = phi float [ 0.0, %entry ], [ %1154, %830 ]
	%444 = phi float [ 0.0, %entry ], [ %1155, %830 ]
	%445 = phi float [ 0.0, %entry ], [ %1156, %830 ]
	%446 = phi float [ 0.0, %entry ], [ %1157, %830 ]
	%447 = phi float [ 0.0, %entry ], [ %1158, %830 ]
	%448 = phi float [ 0.0, %entry ], [ %1159, %830 ]
	%449 = phi float [ 0.0, %entry ], [ %1160, %830 ]
	%450 = phi float [ 0.0, %entry ], [ %1161, %830 ]
	%451 = phi float [ 0.0, %entry ], [ %1162, %830 ]
	%452 = phi float [ 0.0, %entry ], [ %1163, %830 ]
	%453 = phi float [ 0.0, %entry ], [ %1164, %830 ]
	%454 = phi float [ 0.0, %entry ], [ %1165, %830 ]
	%455 = phi float [ 0.0, %entry ], [ %1166, %830 ]
	%456 = phi float [ 0.0, %entry ], [ %1167, %830 ]
	%457 = phi float [ 0.0, %entry ], [ %1168, %830 ]
	%458 = phi float [ 0.0, %entry ], [ %1169, %830 ]
	%459 = phi float [ 0.0, %entry ], [ %1170, %830 ]
	%460 = phi float [ 0.0, %entry ], [ %1171, %830 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	%461 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %426, i32 1, i32 31)
	%462 = fadd float %426, %461
	%463 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %462, i32 2, i32 31)
	%464 = fadd float %462, %463
	%465 = fcmp ogt float %464, 0.0
	%466 = fdiv float 1.0, %464
	%467 = select i1 %465, float %466, float 0.0
	%468 = mul i32 %10, 16
	%469 = add i32 %19, %468
	%470 = add i32 %12, 0
	%471 = add i32 %469, %470
	%472 = fmul float %429, %467
	%473 = fmul float %430, %467
	%474 = fmul float %433, %467
	%475 = fmul float %434, %467
	%476 = fmul float %437, %467
	%477 = fmul float %438, %467
	%478 = fmul float %441, %467
	%479 = fmul float %442, %467
	%480 = fmul float %445, %467
	%481 = fmul float %446, %467
	%482 = fmul float %449, %467
	%483 = fmul float %450, %467
	%484 = fmul float %453, %467
	%485 = fmul float %454, %467
	%486 = fmul float %457, %467
	%487 = fmul float %458, %467
	%488 = icmp slt i32 %471, %M
	br i1 %488, label %store0, label %stored0

prefetch:
	%489 = mul i32 %236, 64
	%490 = lshr i32 %9, 3
	%491 = and i32 %9, 7
	%492 = lshr i32 %491, 3
	%493 = mul i32 %492, u0x2000
	%494 = and i32 %491, 7
	%495 = and i32 %490, 7
	%496 = xor i32 %494, %495
	%497 = mul i32 %490, 128
	%498 = shl i32 %496, 4
	%499 = add i32 %497, %498
	%500 = add i32 %493, %499
	%501 = add i32 %0, %500
	%502 = add i32 %489, %490
	%503 = mul i32 %502, 64
	%504 = mul i32 %491, 8
	%505 = add i32 %503, %504
	%506 = sext i32 %505 to i64
	%507 = getelementptr i16, i16* %27, i64 %506
	%508 = add i32 %502, 0
	%509 = icmp slt i32 %508, %N
	%510 = getelementptr i16, i16* %507, i64 0
	%511 = select i1 %509, i16* %510, i16* %27
	%512 = add i32 %501, 0
	%513 = select i1 %509, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %512, i16* %511, i32 %513)
	%514 = add i32 %502, 16
	%515 = icmp slt i32 %514, %N
	%516 = getelementptr i16, i16* %507, i64 1024
	%517 = select i1 %515, i16* %516, i16* %27
	%518 = add i32 %501, 2048
	%519 = select i1 %515, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %518, i16* %517, i32 %519)
	%520 = add i32 %502, 32
	%521 = icmp slt i32 %520, %N
	%522 = getelementptr i16, i16* %507, i64 2048
	%523 = select i1 %521, i16* %522, i16* %27
	%524 = add i32 %501, u0x1000
	%525 = select i1 %521, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %524, i16* %523, i32 %525)
	%526 = add i32 %502, 48
	%527 = icmp slt i32 %526, %N
	%528 = getelementptr i16, i16* %507, i64 3072
	%529 = select i1 %527, i16* %528, i16* %27
	%530 = add i32 %501, 6144
	%531 = select i1 %527, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %530, i16* %529, i32 %531)
	br label %prefetched

prefetched:
	call void asm sideeffect "cp.async.commit_group;", ""()
	%532 = mul i32 %10, 16
	%533 = add i32 %19, %532
	%534 = add i32 %12, 0
	%535 = add i32 %533, %534
	%536 = mul i32 %10, 16
	%537 = add i32 %19, %536
	%538 = add i32 %12, 8
	%539 = add i32 %537, %538
	%540 = sitofp i32 %17 to float
	%541 = add i32 %40, %149
	%542 = sext i32 %541 to i64
	%543 = getelementptr i8, i8* %cls, i64 %542
	%544 = load i8, i8* %543
	%545 = icmp ne i8 %544, 2
	br i1 %545, label %partial, label %softmax

partial:
	%546 = shl i32 %13, 1
	%547 = add i32 0, %546
	%548 = add i32 %186, %547
	%549 = icmp slt i32 %548, %N
	%550 = select i1 %549, float %394, float 0xFFF0000000000000
	%551 = shl i32 %13, 1
	%552 = add i32 1, %551
	%553 = add i32 %186, %552
	%554 = icmp slt i32 %553, %N
	%555 = select i1 %554, float %395, float 0xFFF0000000000000
	%556 = shl i32 %13, 1
	%557 = add i32 0, %556
	%558 = add i32 %186, %557
	%559 = icmp slt i32 %558, %N
	%560 = select i1 %559, float %396, float 0xFFF0000000000000
	%561 = shl i32 %13, 1
	%562 = add i32 1, %561
	%563 = add i32 %186, %562
	%564 = icmp slt i32 %563, %N
	%565 = select i1 %564, float %397, float 0xFFF0000000000000
	%566 = shl i32 %13, 1
	%567 = add i32 8, %566
	%568 = add i32 %186, %567
	%569 = icmp slt i32 %568, %N
	%570 = select i1 %569, float %398, float 0xFFF0000000000000
	%571 = shl i32 %13, 1
	%572 = add i32 9, %571
	%573 = add i32 %186, %572
	%574 = icmp slt i32 %573, %N
	%575 = select i1 %574, float %399, float 0xFFF0000000000000
	%576 = shl i32 %13, 1
	%577 = add i32 8, %576
	%578 = add i32 %186, %577
	%579 = icmp slt i32 %578, %N
	%580 = select i1 %579, float %400, float 0xFFF0000000000000
	%581 = shl i32 %13, 1
	%582 = add i32 9, %581
	%583 = add i32 %186, %582
	%584 = icmp slt i32 %583, %N
	%585 = select i1 %584, float %401, float 0xFFF0000000000000
	%586 = shl i32 %13, 1
	%587 = add i32 16, %586
	%588 = add i32 %186, %587
	%589 = icmp slt i32 %588, %N
	%590 = select i1 %589, float %402, float 0xFFF0000000000000
	%591 = shl i32 %13, 1
	%592 = add i32 17, %591
	%593 = add i32 %186, %592
	%594 = icmp slt i32 %593, %N
	%595 = select i1 %594, float %403, float 0xFFF0000000000000
	%596 = shl i32 %13, 1
	%597 = add i32 16, %596
	%598 = add i32 %186, %597
	%599 = icmp slt i32 %598, %N
	%600 = select i1 %599, float %404, float 0xFFF0000000000000
	%601 = shl i32 %13, 1
	%602 = add i32 17, %601
	%603 = add i32 %186, %602
	%604 = icmp slt i32 %603, %N
	%605 = select i1 %604, float %405, float 0xFFF0000000000000
	%606 = shl i32 %13, 1
	%607 = add i32 24, %606
	%608 = add i32 %186, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, float %406, float 0xFFF0000000000000
	%611 = shl i32 %13, 1
	%612 = add i32 25, %611
	%613 = add i32 %186, %612
	%614 = icmp slt i32 %613, %N
	%615 = select i1 %614, float %407, float 0xFFF0000000000000
	%616 = shl i32 %13, 1
	%617 = add i32 24, %616
	%618 = add i32 %186, %617
	%619 = icmp slt i32 %618, %N
	%620 = select i1 %619, float %408, float 0xFFF0000000000000
	%621 = shl i32 %13, 1
	%622 = add i32 25, %621
	%623 = add i32 %186, %622
	%624 = icmp slt i32 %623, %N
	%625 = select i1 %624, float %409, float 0xFFF0000000000000
	%626 = shl i32 %13, 1
	%627 = add i32 32, %626
	%628 = add i32 %186, %627
	%629 = icmp slt i32 %628, %N
	%630 = select i1 %629, float %410, float 0xFFF0000000000000
	%631 = shl i32 %13, 1
	%632 = add i32 33, %631
	%633 = add i32 %186, %632
	%634 = icmp slt i32 %633, %N
	%635 = select i1 %634, float %411, float 0xFFF0000000000000
	%636 = shl i32 %13, 1
	%637 = add i32 32, %636
	%638 = add i32 %186, %637
	%639 = icmp slt i32 %638, %N
	%640 = select i1 %639, float %412, float 0xFFF0000000000000
	%641 = shl i32 %13, 1
	%642 = add i32 33, %641
	%643 = add i32 %186, %642
	%644 = icmp slt i32 %643, %N
	%645 = select i1 %644, float %413, float 0xFFF0000000000000
	%646 = shl i32 %13, 1
	%647 = add i32 40, %646
	%648 = add i32 %186, %647
	%649 = icmp slt i32 %648, %N
	%650 = select i1 %649, float %414, float 0xFFF0000000000000
	%651 = shl i32 %13, 1
	%652 = add i32 41, %651
	%653 = add i32 %186, %652
	%654 = icmp slt i32 %653, %N
	%655 = select i1 %654, float %415, float 0xFFF0000000000000
	%656 = shl i32 %13, 1
	%657 = add i32 40, %656
	%658 = add i32 %186, %657
	%659 = icmp slt i32 %658, %N
	%660 = select i1 %659, float %416, float 0xFFF0000000000000
	%661 = shl i32 %13, 1
	%662 = add i32 41, %661
	%663 = add i32 %186, %662
	%664 = icmp slt i32 %663, %N
	%665 = select i1 %664, float %417, float 0xFFF0000000000000
	%666 = shl i32 %13, 1
	%667 = add i32 48, %666
	%668 = add i32 %186, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, float %418, float 0xFFF0000000000000
	%671 = shl i32 %13, 1
	%672 = add i32 49, %671
	%673 = add i32 %186, %672
	%674 = icmp slt i32 %673, %N
	%675 = select i1 %674, float %419, float 0xFFF0000000000000
	%676 = shl i32 %13, 1
	%677 = add i32 48, %676
	%678 = add i32 %186, %677
	%679 = icmp slt i32 %678, %N
	%680 = select i1 %679, float %420, float 0xFFF0000000000000
	%681 = shl i32 %13, 1
	%682 = add i32 49, %681
	%683 = add i32 %186, %682
	%684 = icmp slt i32 %683, %N
	%685 = select i1 %684, float %421, float 0xFFF0000000000000
	%686 = shl i32 %13, 1
	%687 = add i32 56, %686
	%688 = add i32 %186, %687
	%689 = icmp slt i32 %688, %N
	%690 = select i1 %689, float %422, float 0xFFF0000000000000
	%691 = shl i32 %13, 1
	%692 = add i32 57, %691
	%693 = add i32 %186, %692
	%694 = icmp slt i32 %693, %N
	%695 = select i1 %694, float %423, float 0xFFF0000000000000
	%696 = shl i32 %13, 1
	%697 = add i32 56, %696
	%698 = add i32 %186, %697
	%699 = icmp slt i32 %698, %N
	%700 = select i1 %699, float %424, float 0xFFF0000000000000
	%701 = shl i32 %13, 1
	%702 = add i32 57, %701
	%703 = add i32 %186, %702
	%704 = icmp slt i32 %703, %N
	%705 = select i1 %704, float %425, float 0xFFF0000000000000
	br label %softmax

softmax:
	%706 = phi float [ %394, %prefetched ], [ %550, %partial ]
	%707 = phi float [ %395, %prefetched ], [ %555, %partial ]
	%708 = phi float [ %396, %prefetched ], [ %560, %partial ]
	%709 = phi float [ %397, %prefetched ], [ %565, %partial ]
	%710 = phi float [ %398, %prefetched ], [ %570, %partial ]
	%711 = phi float [ %399, %prefetched ], [ %575, %partial ]
	%712 = phi float [ %400, %prefetched ], [ %580, %partial ]
	%713 = phi float [ %401, %prefetched ], [ %585, %partial ]
	%714 = phi float [ %402, %prefetched ], [ %590, %partial ]
	%715 = phi float [ %403, %prefetched ], [ %595, %partial ]
	%716 = phi float [ %404, %prefetched ], [ %600, %partial ]
	%717 = phi float [ %405, %prefetched ], [ %605, %partial ]
	%718 = phi float [ %406, %prefetched ], [ %610, %partial ]
	%719 = phi float [ %407, %prefetched ], [ %615, %partial ]
	%720 = phi float [ %408, %prefetched ], [ %620, %partial ]
	%721 = phi float [ %409, %prefetched ], [ %625, %partial ]
	%722 = phi float [ %410, %prefetched ], [ %630, %partial ]
	%723 = phi float [ %411, %prefetched ], [ %635, %partial ]
	%724 = phi float [ %412, %prefetched ], [ %640, %partial ]
	%725 = phi float [ %413, %prefetched ], [ %645, %partial ]
	%726 = phi float [ %414, %prefetched ], [ %650, %partial ]
	%727 = phi float [ %415, %prefetched ], [ %655, %partial ]
	%728 = phi float [ %416, %prefetched ], [ %660, %partial ]
	%729 = phi float [ %417, %prefetched ], [ %665, %partial ]
	%730 = phi float [ %418, %prefetched ], [ %670, %partial ]
	%731 = phi float [ %419, %prefetched ], [ %675, %partial ]
	%732 = phi float [ %420, %prefetched ], [ %680, %partial ]
	%733 = phi float [ %421, %prefetched ], [ %685, %partial ]
	%734 = phi float [ %422, %prefetched ], [ %690, %partial ]
	%735 = phi float [ %423, %prefetched ], [ %695, %partial ]
	%736 = phi float [ %424, %prefetched ], [ %700, %partial ]
	%737 = phi float [ %425, %prefetched ], [ %705, %partial ]
	%738 = call float @llvm.nvvm.fmax.f(float %706, float %707)
	%739 = call float @llvm.nvvm.fmax.f(float %710, float %711)
	%740 = call float @llvm.nvvm.fmax.f(float %714, float %715)
	%741 = call float @llvm.nvvm.fmax.f(float %718, float %719)
	%742 = call float @llvm.nvvm.fmax.f(float %722, float %723)
	%743 = call float @llvm.nvvm.fmax.f(float %726, float %727)
	%744 = call float @llvm.nvvm.fmax.f(float %730, float %731)
	%745 = call float @llvm.nvvm.fmax.f(float %734, float %735)
	%746 = call float @llvm.nvvm.fmax.f(float %738, float %739)
	%747 = call float @llvm.nvvm.fmax.f(float %740, float %741)
	%748 = call float @llvm.nvvm.fmax.f(float %742, float %743)
	%749 = call float @llvm.nvvm.fmax.f(float %744, float %745)
	%750 = call float @llvm.nvvm.fmax.f(float %746, float %747)
	%751 = call float @llvm.nvvm.fmax.f(float %748, float %749)
	%752 = call float @llvm.nvvm.fmax.f(float %750, float %751)
	%753 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %752, i32 1, i32 31)
	%754 = call float @llvm.nvvm.fmax.f(float %752, float %753)
	%755 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %754, i32 2, i32 31)
	%756 = call float @llvm.nvvm.fmax.f(float %754, float %755)
	%757 = fmul float %756, 0x3FC7154760000000
	%758 = call float @llvm.nvvm.fmax.f(float %182, float %757)
	%759 = fadd float %182, 8.0
	%760 = fcmp ogt float %758, %759
	%761 = or i1 false, %760
	%762 = call float @llvm.nvvm.fmax.f(float %708, float %709)
	%763 = call float @llvm.nvvm.fmax.f(float %712, float %713)
	%764 = call float @llvm.nvvm.fmax.f(float %716, float %717)
	%765 = call float @llvm.nvvm.fmax.f(float %720, float %721)
	%766 = call float @llvm.nvvm.fmax.f(float %724, float %725)
	%767 = call float @llvm.nvvm.fmax.f(float %728, float %729)
	%768 = call float @llvm.nvvm.fmax.f(float %732, float %733)
	%769 = call float @llvm.nvvm.fmax.f(float %736, float %737)
	%770 = call float @llvm.nvvm.fmax.f(float %762, float %763)
	%771 = call float @llvm.nvvm.fmax.f(float %764, float %765)
	%772 = call float @llvm.nvvm.fmax.f(float %766, float %767)
	%773 = call float @llvm.nvvm.fmax.f(float %768, float %769)
	%774 = call float @llvm.nvvm.fmax.f(float %770, float %771)
	%775 = call float @llvm.nvvm.fmax.f(float %772, float %773)
	%776 = call float @llvm.nvvm.fmax.f(float %774, float %775)
	%777 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %776, i32 1, i32 31)
	%778 = call float @llvm.nvvm.fmax.f(float %776, float %777)
	%779 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %778, i32 2, i32 31)
	%780 = call float @llvm.nvvm.fmax.f(float %778, float %779)
	%781 = fmul float %780, 0x3FC7154760000000
	%782 = call float @llvm.nvvm.fmax.f(float %184, float %781)
	%783 = fadd float %184, 8.0
	%784 = fcmp ogt float %782, %783
	%785 = or i1 %761, %784
	%786 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %785)
	br i1 %786, label %787, label %830

787:
	%788 = fcmp oeq float %758, 0xFFF0000000000000
	%789 = select i1 %788, float 0.0, float %758
	%790 = fsub float %182, %789
	%791 = call float @llvm.nvvm.ex2.approx.ftz.f(float %790)
	%792 = fcmp oeq float %782, 0xFFF0000000000000
	%793 = select i1 %792, float 0.0, float %782
	%794 = fsub float %184, %793
	%795 = call float @llvm.nvvm.ex2.approx.ftz.f(float %794)
	%796 = fmul float %150, %791
	%797 = fmul float %151, %791
	%798 = fmul float %152, %795
	%799 = fmul float %153, %795
	%800 = fmul float %154, %791
	%801 = fmul float %155, %791
	%802 = fmul float %156, %795
	%803 = fmul float %157, %795
	%804 = fmul float %158, %791
	%805 = fmul float %159, %791
	%806 = fmul float %160, %795
	%807 = fmul float %161, %795
	%808 = fmul float %162, %791
	%809 = fmul float %163, %791
	%810 = fmul float %164, %795
	%811 = fmul float %165, %795
	%812 = fmul float %166, %791
	%813 = fmul float %167, %791
	%814 = fmul float %168, %795
	%815 = fmul float %169, %795
	%816 = fmul float %170, %791
	%817 = fmul float %171, %791
	%818 = fmul float %172, %795
	%819 = fmul float %173, %795
	%820 = fmul float %174, %791
	%821 = fmul float %175, %791
	%822 = fmul float %176, %795
	%823 = fmul float %177, %795
	%824 = fmul float %178, %791
	%825 = fmul float %179, %791
	%826 = fmul float %180, %795
	%827 = fmul float %181, %795
	%828 = fmul float %183, %791
	%829 = fmul float %185, %795
	br label %830

830:
	%831 = phi float [ %150, %softmax ], [ %796, %787 ]
	%832 = phi float [ %151, %softmax ], [ %797, %787 ]
	%833 = phi float [ %152, %softmax ], [ %798, %787 ]
	%834 = phi float [ %153, %softmax ], [ %799, %787 ]
	%835 = phi float [ %154, %softmax ], [ %800, %787 ]
	%836 = phi float [ %155, %softmax ], [ %801, %787 ]
	%837 = phi float [ %156, %softmax ], [ %802, %787 ]
	%838 = phi float [ %157, %softmax ], [ %803, %787 ]
	%839 = phi float [ %158, %softmax ], [ %804, %787 ]
	%840 = phi float [ %159, %softmax ], [ %805, %787 ]
	%841 = phi float [ %160, %softmax ], [ %806, %787 ]
	%842 = phi float [ %161, %softmax ], [ %807, %787 ]
	%843 = phi float [ %162, %softmax ], [ %808, %787 ]
	%844 = phi float [ %163, %softmax ], [ %809, %787 ]
	%845 = phi float [ %164, %softmax ], [ %810, %787 ]
	%846 = phi float [ %165, %softmax ], [ %811, %787 ]
	%847 = phi float [ %166, %softmax ], [ %812, %787 ]
	%848 = phi float [ %167, %softmax ], [ %813, %787 ]
	%849 = phi float [ %168, %softmax ], [ %814, %787 ]
	%850 = phi float [ %169, %softmax ], [ %815, %787 ]
	%851 = phi float [ %170, %softmax ], [ %816, %787 ]
	%852 = phi float [ %171, %softmax ], [ %817, %787 ]
	%853 = phi float [ %172, %softmax ], [ %818, %787 ]
	%854 = phi float [ %173, %softmax ], [ %819, %787 ]
	%855 = phi float [ %174, %softmax ], [ %820, %787 ]
	%856 = phi float [ %175, %softmax ], [ %821, %787 ]
	%857 = phi float [ %176, %softmax ], [ %822, %787 ]
	%858 = phi float [ %177, %softmax ], [ %823, %787 ]
	%859 = phi float [ %178, %softmax ], [ %824, %787 ]
	%860 = phi float [ %179, %softmax ], [ %825, %787 ]
	%861 = phi float [ %180, %softmax ], [ %826, %787 ]
	%862 = phi float [ %181, %softmax ], [ %827, %787 ]
	%863 = phi float [ %183, %softmax ], [ %828, %787 ]
	%864 = phi float [ %185, %softmax ], [ %829, %787 ]
	%865 = select i1 %786, float %758, float %182
	%866 = fcmp oeq float %865, 0xFFF0000000000000
	%867 = select i1 %866, float 0.0, float %865
	%868 = fneg float %867
	%869 = call float @llvm.fma.f32(float %706, float 0x3FC7154760000000, float %868)
	%870 = call float @llvm.nvvm.ex2.approx.ftz.f(float %869)
	%871 = call float @llvm.fma.f32(float %707, float 0x3FC7154760000000, float %868)
	%872 = call float @llvm.nvvm.ex2.approx.ftz.f(float %871)
	%873 = call float @llvm.fma.f32(float %710, float 0x3FC7154760000000, float %868)
	%874 = call float @llvm.nvvm.ex2.approx.ftz.f(float %873)
	%875 = call float @llvm.fma.f32(float %711, float 0x3FC7154760000000, float %868)
	%876 = call float @llvm.nvvm.ex2.approx.ftz.f(float %875)
	%877 = call float @llvm.fma.f32(float %714, float 0x3FC7154760000000, float %868)
	%878 = call float @llvm.nvvm.ex2.approx.ftz.f(float %877)
	%879 = call float @llvm.fma.f32(float %715, float 0x3FC7154760000000, float %868)
	%880 = call float @llvm.nvvm.ex2.approx.ftz.f(float %879)
	%881 = call float @llvm.fma.f32(float %718, float 0x3FC7154760000000, float %868)
	%882 = call float @llvm.nvvm.ex2.approx.ftz.f(float %881)
	%883 = call float @llvm.fma.f32(float %719, float 0x3FC7154760000000, float %868)
	%884 = call float @llvm.nvvm.ex2.approx.ftz.f(float %883)
	%885 = call float @llvm.fma.f32(float %722, float 0x3FC7154760000000, float %868)
	%886 = call float @llvm.nvvm.ex2.approx.ftz.f(float %885)
	%887 = call float @llvm.fma.f32(float %723, float 0x3FC7154760000000, float %868)
	%888 = call float @llvm.nvvm.ex2.approx.ftz.f(float %887)
	%889 = call float @llvm.fma.f32(float %726, float 0x3FC7154760000000, float %868)
	%890 = call float @llvm.nvvm.ex2.approx.ftz.f(float %889)
	%891 = call float @llvm.fma.f32(float %727, float 0x3FC7154760000000, float %868)
	%892 = call float @llvm.nvvm.ex2.approx.ftz.f(float %891)
	%893 = call float @llvm.fma.f32(float %730, float 0x3FC7154760000000, float %868)
	%894 = call float @llvm.nvvm.ex2.approx.ftz.f(float %893)
	%895 = call float @llvm.fma.f32(float %731, float 0x3FC7154760000000, float %868)
	%896 = call float @llvm.nvvm.ex2.approx.ftz.f(float %895)
	%897 = call float @llvm.fma.f32(float %734, float 0x3FC7154760000000, float %868)
	%898 = call float @llvm.nvvm.ex2.approx.ftz.f(float %897)
	%899 = call float @llvm.fma.f32(float %735, float 0x3FC7154760000000, float %868)
	%900 = call float @llvm.nvvm.ex2.approx.ftz.f(float %899)
	%901 = fadd float %870, %872
	%902 = fadd float %874, %876
	%903 = fadd float %878, %880
	%904 = fadd float %882, %884
	%905 = fadd float %886, %888
	%906 = fadd float %890, %892
	%907 = fadd float %894, %896
	%908 = fadd float %898, %900
	%909 = fadd float %901, %902
	%910 = fadd float %903, %904
	%911 = fadd float %905, %906
	%912 = fadd float %907, %908
	%913 = fadd float %909, %910
	%914 = fadd float %911, %912
	%915 = fadd float %913, %914
	%916 = fadd float %863, %915
	%917 = select i1 %786, float %782, float %184
	%918 = fcmp oeq float %917, 0xFFF0000000000000
	%919 = select i1 %918, float 0.0, float %917
	%920 = fneg float %919
	%921 = call float @llvm.fma.f32(float %708, float 0x3FC7154760000000, float %920)
	%922 = call float @llvm.nvvm.ex2.approx.ftz.f(float %921)
	%923 = call float @llvm.fma.f32(float %709, float 0x3FC7154760000000, float %920)
	%924 = call float @llvm.nvvm.ex2.approx.ftz.f(float %923)
	%925 = call float @llvm.fma.f32(float %712, float 0x3FC7154760000000, float %920)
	%926 = call float @llvm.nvvm.ex2.approx.ftz.f(float %925)
	%927 = call float @llvm.fma.f32(float %713, float 0x3FC7154760000000, float %920)
	%928 = call float @llvm.nvvm.ex2.approx.ftz.f(float %927)
	%929 = call float @llvm.fma.f32(float %716, float 0x3FC7154760000000, float %920)
	%930 = call float @llvm.nvvm.ex2.approx.ftz.f(float %929)
	%931 = call float @llvm.fma.f32(float %717, float 0x3FC7154760000000, float %920)
	%932 = call float @llvm.nvvm.ex2.approx.ftz.f(float %931)
	%933 = call float @llvm.fma.f32(float %720, float 0x3FC7154760000000, float %920)
	%934 = call float @llvm.nvvm.ex2.approx.ftz.f(float %933)
	%935 = call float @llvm.fma.f32(float %721, float 0x3FC7154760000000, float %920)
	%936 = call float @llvm.nvvm.ex2.approx.ftz.f(float %935)
	%937 = call float @llvm.fma.f32(float %724, float 0x3FC7154760000000, float %920)
	%938 = call float @llvm.nvvm.ex2.approx.ftz.f(float %937)
	%939 = call float @llvm.fma.f32(float %725, float 0x3FC7154760000000, float %920)
	%940 = call float @llvm.nvvm.ex2.approx.ftz.f(float %939)
	%941 = call float @llvm.fma.f32(float %728, float 0x3FC7154760000000, float %920)
	%942 = call float @llvm.nvvm.ex2.approx.ftz.f(float %941)
	%943 = call float @llvm.fma.f32(float %729, float 0x3FC7154760000000, float %920)
	%944 = call float @llvm.nvvm.ex2.approx.ftz.f(float %943)
	%945 = call float @llvm.fma.f32(float %732, float 0x3FC7154760000000, float %920)
	%946 = call float @llvm.nvvm.ex2.approx.ftz.f(float %945)
	%947 = call float @llvm.fma.f32(float %733, float 0x3FC7154760000000, float %920)
	%948 = call float @llvm.nvvm.ex2.approx.ftz.f(float %947)
	%949 = call float @llvm.fma.f32(float %736, float 0x3FC7154760000000, float %920)
	%950 = call float @llvm.nvvm.ex2.approx.ftz.f(float %949)
	%951 = call float @llvm.fma.f32(float %737, float 0x3FC7154760000000, float %920)
	%952 = call float @llvm.nvvm.ex2.approx.ftz.f(float %951)
	%953 = fadd float %922, %924
	%954 = fadd float %926, %928
	%955 = fadd float %930, %932
	%956 = fadd float %934, %936
	%957 = fadd float %938, %940
	%958 = fadd float %942, %944
	%959 = fadd float %946, %948
	%960 = fadd float %950, %952
	%961 = fadd float %953, %954
	%962 = fadd float %955, %956
	%963 = fadd float %957, %958
	%964 = fadd float %959, %960
	%965 = fadd float %961, %962
	%966 = fadd float %963, %964
	%967 = fadd float %965, %966
	%968 = fadd float %864, %967
	call void asm sideeffect "cp.async.wait_group 1;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%969 = and i32 %11, 7
	%970 = lshr i32 %11, 3
	%971 = and i32 %970, 1
	%972 = shl i32 %971, 3
	%973 = add i32 %969, %972
	%974 = mul i32 %973, 128
	%975 = add i32 %1, %974
	%976 = and i32 %11, 7
	%977 = xor i32 %95, %976
	%978 = shl i32 %977, 4
	%979 = add i32 %975, %978
	%980 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %872, float %870)
	%981 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %924, float %922)
	%982 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %876, float %874)
	%983 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %928, float %926)
	%984 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %880, float %878)
	%985 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %932, float %930)
	%986 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %884, float %882)
	%987 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %936, float %934)
	%988 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %888, float %886)
	%989 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %940, float %938)
	%990 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %892, float %890)
	%991 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %944, float %942)
	%992 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %896, float %894)
	%993 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %948, float %946)
	%994 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %900, float %898)
	%995 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %952, float %950)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%996 = add i32 %8, 0
	%997 = zext i32 %996 to i64
	%998 = or i64 %997, u0x4000004002000000
	%999 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %831, float %832, float %833, float %834, float %835, float %836, float %837, float %838, float %839, float %840, float %841, float %842, float %843, float %844, float %845, float %846, float %847, float %848, float %849, float %850, float %851, float %852, float %853, float %854, float %855, float %856, float %857, float %858, float %859, float %860, float %861, float %862, i32 %980, i32 %981, i32 %982, i32 %983, i64 %998, i32 1)
	%1000 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 0
	%1001 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 1
	%1002 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 2
	%1003 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 3
	%1004 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 4
	%1005 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 5
	%1006 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 6
	%1007 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 7
	%1008 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 8
	%1009 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 9
	%1010 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 10
	%1011 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 11
	%1012 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 12
	%1013 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 13
	%1014 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 14
	%1015 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 15
	%1016 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 16
	%1017 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 17
	%1018 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 18
	%1019 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 19
	%1020 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 20
	%1021 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 21
	%1022 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 22
	%1023 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 23
	%1024 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 24
	%1025 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 25
	%1026 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 26
	%1027 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 27
	%1028 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 28
	%1029 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 29
	%1030 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 30
	%1031 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %999, 31
	%1032 = add i32 %8, 128
	%1033 = zext i32 %1032 to i64
	%1034 = or i64 %1033, u0x4000004002000000
	%1035 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1000, float %1001, float %1002, float %1003, float %1004, float %1005, float %1006, float %1007, float %1008, float %1009, float %1010, float %1011, float %1012, float %1013, float %1014, float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, i32 %984, i32 %985, i32 %986, i32 %987, i64 %1034, i32 1)
	%1036 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 0
	%1037 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 1
	%1038 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 2
	%1039 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 3
	%1040 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 4
	%1041 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 5
	%1042 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 6
	%1043 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 7
	%1044 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 8
	%1045 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 9
	%1046 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 10
	%1047 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 11
	%1048 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 12
	%1049 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 13
	%1050 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 14
	%1051 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 15
	%1052 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 16
	%1053 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 17
	%1054 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 18
	%1055 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 19
	%1056 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 20
	%1057 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 21
	%1058 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 22
	%1059 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 23
	%1060 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 24
	%1061 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 25
	%1062 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 26
	%1063 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 27
	%1064 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 28
	%1065 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 29
	%1066 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 30
	%1067 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1035, 31
	%1068 = add i32 %8, 256
	%1069 = zext i32 %1068 to i64
	%1070 = or i64 %1069, u0x4000004002000000
	%1071 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, float %1047, float %1048, float %1049, float %1050, float %1051, float %1052, float %1053, float %1054, float %1055, float %1056, float %1057, float %1058, float %1059, float %1060, float %1061, float %1062, float %1063, float %1064, float %1065, float %1066, float %1067, i32 %988, i32 %989, i32 %990, i32 %991, i64 %1070, i32 1)
	%1072 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 0
	%1073 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 1
	%1074 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 2
	%1075 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 3
	%1076 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 4
	%1077 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 5
	%1078 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 6
	%1079 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 7
	%1080 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 8
	%1081 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 9
	%1082 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 10
	%1083 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 11
	%1084 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 12
	%1085 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 13
	%1086 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 14
	%1087 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 15
	%1088 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 16
	%1089 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 17
	%1090 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 18
	%1091 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 19
	%1092 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 20
	%1093 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 21
	%1094 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 22
	%1095 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 23
	%1096 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 24
	%1097 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 25
	%1098 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 26
	%1099 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 27
	%1100 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 28
	%1101 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 29
	%1102 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 30
	%1103 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1071, 31
	%1104 = add i32 %8, 384
	%1105 = zext i32 %1104 to i64
	%1106 = or i64 %1105, u0x4000004002000000
	%1107 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1072, float %1073, float %1074, float %1075, float %1076, float %1077, float %1078, float %1079, float %1080, float %1081, float %1082, float %1083, float %1084, float %1085, float %1086, float %1087, float %1088, float %1089, float %1090, float %1091, float %1092, float %1093, float %1094, float %1095, float %1096, float %1097, float %1098, float %1099, float %1100, float %1101, float %1102, float %1103, i32 %992, i32 %993, i32 %994, i32 %995, i64 %1106, i32 1)
	%1108 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 0
	%1109 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 1
	%1110 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 2
	%1111 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 3
	%1112 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 4
	%1113 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 5
	%1114 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 6
	%1115 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 7
	%1116 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 8
	%1117 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 9
	%1118 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 10
	%1119 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 11
	%1120 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 12
	%1121 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 13
	%1122 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 14
	%1123 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 15
	%1124 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 16
	%1125 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 17
	%1126 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 18
	%1127 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 19
	%1128 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 20
	%1129 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 21
	%1130 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 22
	%1131 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 23
	%1132 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 24
	%1133 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 25
	%1134 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 26
	%1135 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 27
	%1136 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 28
	%1137 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 29
	%1138 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 30
	%1139 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1107, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1140 = call float asm sideeffect "", "=f,0"(float %1108)
	%1141 = call float asm sideeffect "", "=f,0"(float %1109)
	%1142 = call float asm sideeffect "", "=f,0"(float %1110)
	%1143 = call float asm sideeffect "", "=f,0"(float %1111)
	%1144 = call float asm sideeffect "", "=f,0"(float %1112)
	%1145 = call float asm sideeffect "", "=f,0"(float %1113)
	%1146 = call float asm sideeffect "", "=f,0"(float %1114)
	%1147 = call float asm sideeffect "", "=f,0"(float %1115)
	%1148 = call float asm sideeffect "", "=f,0"(float %1116)
	%1149 = call float asm sideeffect "", "=f,0"(float %1117)
	%1150 = call float asm sideeffect "", "=f,0"(float %1118)
	%1151 = call float asm sideeffect "", "=f,0"(float %1119)
	%1152 = call float asm sideeffect "", "=f,0"(float %1120)
	%1153 = call float asm sideeffect "", "=f,0"(float %1121)
	%1154 = call float asm sideeffect "", "=f,0"(float %1122)
	%1155 = call float asm sideeffect "", "=f,0"(float %1123)
	%1156 = call float asm sideeffect "", "=f,0"(float %1124)
	%1157 = call float asm sideeffect "", "=f,0"(float %1125)
	%1158 = call float asm sideeffect "", "=f,0"(float %1126)
	%1159 = call float asm sideeffect "", "=f,0"(float %1127)
	%1160 = call float asm sideeffect "", "=f,0"(float %1128)
	%1161 = call float asm sideeffect "", "=f,0"(float %1129)
	%1162 = call float asm sideeffect "", "=f,0"(float %1130)
	%1163 = call float asm sideeffect "", "=f,0"(float %1131)
	%1164 = call float asm sideeffect "", "=f,0"(float %1132)
	%1165 = call float asm sideeffect "", "=f,0"(float %1133)
	%1166 = call float asm sideeffect "", "=f,0"(float %1134)
	%1167 = call float asm sideeffect "", "=f,0"(float %1135)
	%1168 = call float asm sideeffect "", "=f,0"(float %1136)
	%1169 = call float asm sideeffect "", "=f,0"(float %1137)
	%1170 = call float asm sideeffect "", "=f,0"(float %1138)
	%1171 = call float asm sideeffect "", "=f,0"(float %1139)
	br i1 %237, label %loop, label %epilogue

store0:
	%1172 = mul i32 %17, %M
	%1173 = add i32 %1172, %471
	%1174 = mul i32 %1173, 64
	%1175 = shl i32 %13, 1
	%1176 = add i32 0, %1175
	%1177 = add i32 %1174, %1176
	%1178 = sext i32 %1177 to i64
	%1179 = getelementptr float, float* %out, i64 %1178
	store float %472, float* %1179
	%1180 = getelementptr float, float* %1179, i32 1
	store float %473, float* %1180
	%1181 = shl i32 %13, 1
	%1182 = add i32 8, %1181
	%1183 = add i32 %1174, %1182
	%1184 = sext i32 %1183 to i64
	%1185 = getelementptr float, float* %out, i64 %1184
	store float %474, float* %1185
	%1186 = getelementptr float, float* %1185, i32 1
	store float %475, float* %1186
	%1187 = shl i32 %13, 1
	%1188 = add i32 16, %1187
	%1189 = add i32 %1174, %1188
	%1190 = sext i32 %1189 to i64
	%1191 = getelementptr float, float* %out, i64 %1190
	store float %476, float* %1191
	%1192 = getelementptr float, float* %1191, i32 1
	store float %477, float* %1192
	%1193 = shl i32 %13, 1
	%1194 = add i32 24, %1193
	%1195 = add i32 %1174, %1194
	%1196 = sext i32 %1195 to i64
	%1197 = getelementptr float, float* %out, i64 %1196
	store float %478, float* %1197
	%1198 = getelementptr float, float* %1197, i32 1
	store float %479, float* %1198
	%1199 = shl i32 %13, 1
	%1200 = add i32 32, %1199
	%1201 = add i32 %1174, %1200
	%1202 = sext i32 %1201 to i64
	%1203 = getelementptr float, float* %out, i64 %1202
	store float %480, float* %1203
	%1204 = getelementptr float, float* %1203, i32 1
	store float %481, float* %1204
	%1205 = shl i32 %13, 1
	%1206 = add i32 40, %1205
	%1207 = add i32 %1174, %1206
	%1208 = sext i32 %1207 to i64
	%1209 = getelementptr float, float* %out, i64 %1208
	store float %482, float* %1209
	%1210 = getelementptr float, float* %1209, i32 1
	store float %483, float* %1210
	%1211 = shl i32 %13, 1
	%1212 = add i32 48, %1211
	%1213 = add i32 %1174, %1212
	%1214 = sext i32 %1213 to i64
	%1215 = getelementptr float, float* %out, i64 %1214
	store float %484, float* %1215
	%1216 = getelementptr float, float* %1215, i32 1
	store float %485, float* %1216
	%1217 = shl i32 %13, 1
	%1218 = add i32 56, %1217
	%1219 = add i32 %1174, %1218
	%1220 = sext i32 %1219 to i64
	%1221 = getelementptr float, float* %out, i64 %1220
	store float %486, float* %1221
	%1222 = getelementptr float, float* %1221, i32 1
	store float %487, float* %1222
	br label %stored0

stored0:
	%1223 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %427, i32 1, i32 31)
	%1224 = fadd float %427, %1223
	%1225 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1224, i32 2, i32 31)
	%1226 = fadd float %1224, %1225
	%1227 = fcmp ogt float %1226, 0.0
	%1228 = fdiv float 1.0, %1226
	%1229 = select i1 %1227, float %1228, float 0.0
	%1230 = mul i32 %10, 16
	%1231 = add i32 %19, %1230
	%1232 = add i32 %12, 8
	%1233 = add i32 %1231, %1232
	%1234 = fmul float %431, %1229
	%1235 = fmul float %432, %1229
	%1236 = fmul float %435, %1229
	%1237 = fmul float %436, %1229
	%1238 = fmul float %439, %1229
	%1239 = fmul float %440, %1229
	%1240 = fmul float %443, %1229
	%1241 = fmul float %444, %1229
	%1242 = fmul float %447, %1229
	%1243 = fmul float %448, %1229
	%1244 = fmul float %451, %1229
	%1245 = fmul float %452, %1229
	%1246 = fmul float %455, %1229
	%1247 = fmul float %456, %1229
	%1248 = fmul float %459, %1229
	%1249 = fmul float %460, %1229
	%1250 = icmp slt i32 %1233, %M
	br i1 %1250, label %store1, label %stored1

store1:
	%1251 = mul i32 %17, %M
	%1252 = add i32 %1251, %1233
	%1253 = mul i32 %1252, 64
	%1254 = shl i32 %13, 1
	%1255 = add i32 0, %1254
	%1256 = add i32 %1253, %1255
	%1257 = sext i32 %1256 to i64
	%1258 = getelementptr float, float* %out, i64 %1257
	store float %1234, float* %1258
	%1259 = getelementptr float, float* %1258, i32 1
	store float %1235, float* %1259
	%1260 = shl i32 %13, 1
	%1261 = add i32 8, %1260
	%1262 = add i32 %1253, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr float, float* %out, i64 %1263
	store float %1236, float* %1264
	%1265 = getelementptr float, float* %1264, i32 1
	store float %1237, float* %1265
	%1266 = shl i32 %13, 1
	%1267 = add i32 16, %1266
	%1268 = add i32 %1253, %1267
	%1269 = sext i32 %1268 to i64
	%1270 = getelementptr float, float* %out, i64 %1269
	store float %1238, float* %1270
	%1271 = getelementptr float, float* %1270, i32 1
	store float %1239, float* %1271
	%1272 = shl i32 %13, 1
	%1273 = add i32 24, %1272
	%1274 = add i32 %1253, %1273
	%1275 = sext i32 %1274 to i64
	%1276 = getelementptr float, float* %out, i64 %1275
	store float %1240, float* %1276
	%1277 = getelementptr float, float* %1276, i32 1
	store float %1241, float* %1277
	%1278 = shl i32 %13, 1
	%1279 = add i32 32, %1278
	%1280 = add i32 %1253, %1279
	%1281 = sext i32 %1280 to i64
	%1282 = getelementptr float, float* %out, i64 %1281
	store float %1242, float* %1282
	%1283 = getelementptr float, float* %1282, i32 1
	store float %1243, float* %1283
	%1284 = shl i32 %13, 1
	%1285 = add i32 40, %1284
	%1286 = add i32 %1253, %1285
	%1287 = sext i32 %1286 to i64
	%1288 = getelementptr float, float* %out, i64 %1287
	store float %1244, float* %1288
	%1289 = getelementptr float, float* %1288, i32 1
	store float %1245, float* %1289
	%1290 = shl i32 %13, 1
	%1291 = add i32 48, %1290
	%1292 = add i32 %1253, %1291
	%1293 = sext i32 %1292 to i64
	%1294 = getelementptr float, float* %out, i64 %1293
	store float %1246, float* %1294
	%1295 = getelementptr float, float* %1294, i32 1
	store float %1247, float* %1295
	%1296 = shl i32 %13, 1
	%1297 = add i32 56, %1296
	%1298 = add i32 %1253, %1297
	%1299 = sext i32 %1298 to i64
	%1300 = getelementptr float, float* %out, i64 %1299
	store float %1248, float* %1300
	%1301 = getelementptr float, float* %1300, i32 1
	store float %1249, float* %1301
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"maxntidx", i32 128}
!1 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @f32out_attn0, !"minctasm", i32 3}
