; best
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@best_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_init_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_init_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_init_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_init_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_init_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_ties_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_ties_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_ties_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_ties_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_ties_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_scan_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_scan_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scan_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_scan_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_scan_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_take_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_take_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_take_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_take_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@best_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@best_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@best_attn2_comp_scan = internal addrspace(3) global [8 x i32] undef, align 16

define ptx_kernel void @best_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = sdiv i32 %141, 64
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = sub i32 %144, 1
	%146 = sdiv i32 %145, 64
	br label %147

147:
	%148 = phi i32 [ %0, %116 ], [ %192, %178 ]
	%149 = phi float [ 0.0, %116 ], [ %191, %178 ]
	%150 = icmp slt i32 %148, %16
	br i1 %150, label %151, label %159

151:
	%152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %148
	%153 = load i32, i32 addrspace(3)* %152
	%154 = bitcast i32 %153 to float
	%155 = fcmp oge float %154, 0.0
	%156 = fmul float %154, %140
	%157 = select i1 %155, float %156, float -1.0
	%158 = icmp slt i32 %148, %NK
	br i1 %158, label %174, label %178

159:
	%160 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %149, i32 16, i32 31)
	%161 = fadd float %149, %160
	%162 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %161, i32 8, i32 31)
	%163 = fadd float %161, %162
	%164 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %163, i32 4, i32 31)
	%165 = fadd float %163, %164
	%166 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %165, i32 2, i32 31)
	%167 = fadd float %165, %166
	%168 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 1, i32 31)
	%169 = fadd float %167, %168
	%170 = lshr i32 %0, 5
	%171 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%172 = icmp eq i32 %171, 0
	%173 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %170
	br i1 %172, label %193, label %194

174:
	%175 = add i32 %11, %148
	%176 = sext i32 %175 to i64
	%177 = getelementptr float, float* %e, i64 %176
	store float %157, float* %177
	br label %178

178:
	%179 = icmp sge i32 %148, %142
	%180 = icmp sle i32 %148, %146
	%181 = and i1 %179, %180
	%182 = or i1 false, %181
	%183 = icmp eq i32 %148, 0
	%184 = or i1 %182, %183
	%185 = bitcast float %157 to i32
	%186 = add i32 %185, 2
	%187 = select i1 %184, i32 1, i32 %186
	%188 = select i1 %155, i32 %187, i32 0
	%189 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %148
	store i32 %188, i32 addrspace(3)* %189
	%190 = uitofp i1 %155 to float
	%191 = fadd float %149, %190
	%192 = add i32 %148, 256
	br label %147

193:
	store float %169, float addrspace(3)* %173
	br label %194

194:
	call void @llvm.nvvm.barrier0()
	%195 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%196 = load float, float addrspace(3)* %195
	%197 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%198 = load float, float addrspace(3)* %197
	%199 = fadd float %196, %198
	%200 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%201 = load float, float addrspace(3)* %200
	%202 = fadd float %199, %201
	%203 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%204 = load float, float addrspace(3)* %203
	%205 = fadd float %202, %204
	%206 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%207 = load float, float addrspace(3)* %206
	%208 = fadd float %205, %207
	%209 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%210 = load float, float addrspace(3)* %209
	%211 = fadd float %208, %210
	%212 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%213 = load float, float addrspace(3)* %212
	%214 = fadd float %211, %213
	%215 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%216 = load float, float addrspace(3)* %215
	%217 = fadd float %214, %216
	%218 = fptosi float %217 to i32
	%219 = icmp eq i32 %0, 0
	br i1 %219, label %220, label %224

220:
	%221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 0
	%222 = load i32, i32 addrspace(3)* %221
	%223 = icmp eq i32 %222, 1
	br i1 %223, label %231, label %239

224:
	call void @llvm.nvvm.barrier0()
	%225 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	%226 = load i32, i32 addrspace(3)* %225
	%227 = sub i32 %218, %226
	%228 = mul i32 %2, %NQ
	%229 = add i32 %228, %1
	%230 = icmp eq i32 %0, 0
	br i1 %230, label %285, label %293

231:
	%232 = add i32 %13, 0
	%233 = sext i32 %232 to i64
	%234 = getelementptr i32, i32* %list, i64 %233
	store i32 0, i32* %234
	%235 = add i32 %13, %NK
	%236 = add i32 %235, 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %list, i64 %237
	store i32 1, i32* %238
	br label %239

239:
	%240 = add i32 %11, 0
	%241 = sext i32 %240 to i64
	%242 = getelementptr float, float* %e, i64 %241
	%243 = load float, float* %242
	%244 = add i32 0, 1
	%245 = select i1 %223, i32 %244, i32 0
	%246 = fpext float %243 to double
	%247 = fadd double 0.0, %246
	%248 = select i1 %223, double %247, double 0.0
	%249 = icmp sgt i32 %142, 1
	%250 = select i1 %249, i32 %142, i32 1
	%251 = add i32 %146, 1
	%252 = icmp slt i32 %251, %NK
	%253 = select i1 %252, i32 %251, i32 %NK
	br label %254

254:
	%255 = phi i32 [ %250, %239 ], [ %284, %274 ]
	%256 = phi i32 [ %245, %239 ], [ %280, %274 ]
	%257 = phi double [ %248, %239 ], [ %283, %274 ]
	%258 = icmp slt i32 %255, %253
	br i1 %258, label %259, label %263

259:
	%260 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %255
	%261 = load i32, i32 addrspace(3)* %260
	%262 = icmp eq i32 %261, 1
	br i1 %262, label %266, label %274

263:
	%264 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	store i32 %256, i32 addrspace(3)* %264
	%265 = getelementptr [1 x double], [1 x double] addrspace(3)* @best_select1_mass, i32 0, i32 0
	store double %257, double addrspace(3)* %265
	br label %224

266:
	%267 = add i32 %13, %256
	%268 = sext i32 %267 to i64
	%269 = getelementptr i32, i32* %list, i64 %268
	store i32 %255, i32* %269
	%270 = add i32 %13, %NK
	%271 = add i32 %270, %256
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %list, i64 %272
	store i32 1, i32* %273
	br label %274

274:
	%275 = add i32 %11, %255
	%276 = sext i32 %275 to i64
	%277 = getelementptr float, float* %e, i64 %276
	%278 = load float, float* %277
	%279 = add i32 %256, 1
	%280 = select i1 %262, i32 %279, i32 %256
	%281 = fpext float %278 to double
	%282 = fadd double %257, %281
	%283 = select i1 %262, double %282, double %257
	%284 = add i32 %255, 1
	br label %254

285:
	%286 = mul i32 %229, 2
	%287 = sext i32 %286 to i64
	%288 = getelementptr i32, i32* %cnt, i64 %287
	store i32 %218, i32* %288
	%289 = mul i32 %229, 2
	%290 = add i32 %289, 1
	%291 = sext i32 %290 to i64
	%292 = getelementptr i32, i32* %cnt, i64 %291
	store i32 %226, i32* %292
	br label %293

293:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @best_select1_init(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	br label %8

8:
	%9 = phi i32 [ %0, %entry ], [ %25, %13 ]
	%10 = phi i32 [ 0, %entry ], [ %19, %13 ]
	%11 = phi i32 [ 0, %entry ], [ %24, %13 ]
	%12 = icmp slt i32 %9, %R
	br i1 %12, label %13, label %26

13:
	%14 = add i32 %7, %9
	%15 = mul i32 %14, 2
	%16 = sext i32 %15 to i64
	%17 = getelementptr i32, i32* %cnt, i64 %16
	%18 = load i32, i32* %17
	%19 = add i32 %10, %18
	%20 = add i32 %15, 1
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %cnt, i64 %21
	%23 = load i32, i32* %22
	%24 = add i32 %11, %23
	%25 = add i32 %9, 256
	br label %8

26:
	%27 = and i32 %0, 31
	%28 = lshr i32 %0, 5
	%29 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10, i32 1, i32 0)
	%30 = icmp uge i32 %27, 1
	%31 = select i1 %30, i32 %29, i32 0
	%32 = add i32 %10, %31
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %32, i32 2, i32 0)
	%34 = icmp uge i32 %27, 2
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %32, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 4, i32 0)
	%38 = icmp uge i32 %27, 4
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 8, i32 0)
	%42 = icmp uge i32 %27, 8
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 16, i32 0)
	%46 = icmp uge i32 %27, 16
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = icmp eq i32 %27, 31
	br i1 %49, label %50, label %52

50:
	%51 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 %28
	store i32 %48, i32 addrspace(3)* %51
	br label %52

52:
	call void @llvm.nvvm.barrier0()
	%53 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 0
	%54 = load i32, i32 addrspace(3)* %53
	%55 = icmp sgt i32 %28, 0
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 0, %56
	%58 = add i32 0, %54
	%59 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 1
	%60 = load i32, i32 addrspace(3)* %59
	%61 = icmp sgt i32 %28, 1
	%62 = select i1 %61, i32 %60, i32 0
	%63 = add i32 %57, %62
	%64 = add i32 %58, %60
	%65 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 2
	%66 = load i32, i32 addrspace(3)* %65
	%67 = icmp sgt i32 %28, 2
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %63, %68
	%70 = add i32 %64, %66
	%71 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 3
	%72 = load i32, i32 addrspace(3)* %71
	%73 = icmp sgt i32 %28, 3
	%74 = select i1 %73, i32 %72, i32 0
	%75 = add i32 %69, %74
	%76 = add i32 %70, %72
	%77 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 4
	%78 = load i32, i32 addrspace(3)* %77
	%79 = icmp sgt i32 %28, 4
	%80 = select i1 %79, i32 %78, i32 0
	%81 = add i32 %75, %80
	%82 = add i32 %76, %78
	%83 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 5
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp sgt i32 %28, 5
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %81, %86
	%88 = add i32 %82, %84
	%89 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 6
	%90 = load i32, i32 addrspace(3)* %89
	%91 = icmp sgt i32 %28, 6
	%92 = select i1 %91, i32 %90, i32 0
	%93 = add i32 %87, %92
	%94 = add i32 %88, %90
	%95 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 7
	%96 = load i32, i32 addrspace(3)* %95
	%97 = icmp sgt i32 %28, 7
	%98 = select i1 %97, i32 %96, i32 0
	%99 = add i32 %93, %98
	%100 = add i32 %94, %96
	%101 = add i32 %99, %48
	%102 = sub i32 %101, %10
	%103 = and i32 %0, 31
	%104 = lshr i32 %0, 5
	%105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11, i32 1, i32 0)
	%106 = icmp uge i32 %103, 1
	%107 = select i1 %106, i32 %105, i32 0
	%108 = add i32 %11, %107
	%109 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %108, i32 2, i32 0)
	%110 = icmp uge i32 %103, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %108, %111
	%113 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %112, i32 4, i32 0)
	%114 = icmp uge i32 %103, 4
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %112, %115
	%117 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %116, i32 8, i32 0)
	%118 = icmp uge i32 %103, 8
	%119 = select i1 %118, i32 %117, i32 0
	%120 = add i32 %116, %119
	%121 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %120, i32 16, i32 0)
	%122 = icmp uge i32 %103, 16
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %120, %123
	%125 = icmp eq i32 %103, 31
	br i1 %125, label %126, label %128

126:
	%127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 %104
	store i32 %124, i32 addrspace(3)* %127
	br label %128

128:
	call void @llvm.nvvm.barrier0()
	%129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 0
	%130 = load i32, i32 addrspace(3)* %129
	%131 = icmp sgt i32 %104, 0
	%132 = select i1 %131, i32 %130, i32 0
	%133 = add i32 0, %132
	%134 = add i32 0, %130
	%135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 1
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp sgt i32 %104, 1
	%138 = select i1 %137, i32 %136, i32 0
	%139 = add i32 %133, %138
	%140 = add i32 %134, %136
	%141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 2
	%142 = load i32, i32 addrspace(3)* %141
	%143 = icmp sgt i32 %104, 2
	%144 = select i1 %143, i32 %142, i32 0
	%145 = add i32 %139, %144
	%146 = add i32 %140, %142
	%147 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 3
	%148 = load i32, i32 addrspace(3)* %147
	%149 = icmp sgt i32 %104, 3
	%150 = select i1 %149, i32 %148, i32 0
	%151 = add i32 %145, %150
	%152 = add i32 %146, %148
	%153 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 4
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp sgt i32 %104, 4
	%156 = select i1 %155, i32 %154, i32 0
	%157 = add i32 %151, %156
	%158 = add i32 %152, %154
	%159 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 5
	%160 = load i32, i32 addrspace(3)* %159
	%161 = icmp sgt i32 %104, 5
	%162 = select i1 %161, i32 %160, i32 0
	%163 = add i32 %157, %162
	%164 = add i32 %158, %160
	%165 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 6
	%166 = load i32, i32 addrspace(3)* %165
	%167 = icmp sgt i32 %104, 6
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = add i32 %164, %166
	%171 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 7
	%172 = load i32, i32 addrspace(3)* %171
	%173 = icmp sgt i32 %104, 7
	%174 = select i1 %173, i32 %172, i32 0
	%175 = add i32 %169, %174
	%176 = add i32 %170, %172
	%177 = add i32 %175, %124
	%178 = sub i32 %177, %11
	%179 = sitofp i32 %100 to double
	%180 = fmul double 0x3FB7CED916872B02, %179
	%181 = fsub double %180, 0x3E112E0BE826D695
	%182 = call double @llvm.ceil.f64(double %181)
	%183 = fptosi double %182 to i32
	%184 = sub i32 %183, %176
	%185 = sub i32 %100, %176
	%186 = icmp slt i32 %184, %185
	%187 = select i1 %186, i32 %184, i32 %185
	%188 = icmp sgt i32 %187, 0
	%189 = select i1 %188, i32 %187, i32 0
	%190 = icmp eq i32 %189, 0
	%191 = icmp eq i32 %0, 0
	br i1 %191, label %192, label %207

192:
	%193 = select i1 %190, i32 -1, i32 0
	%194 = add i32 %2, 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i32, i32* %state, i64 %195
	store i32 %193, i32* %196
	%197 = add i32 %2, 1
	%198 = sext i32 %197 to i64
	%199 = getelementptr i32, i32* %state, i64 %198
	store i32 %193, i32* %199
	%200 = add i32 %2, 2
	%201 = sext i32 %200 to i64
	%202 = getelementptr i32, i32* %state, i64 %201
	store i32 %189, i32* %202
	%203 = zext i1 %190 to i32
	%204 = add i32 %2, 3
	%205 = sext i32 %204 to i64
	%206 = getelementptr i32, i32* %state, i64 %205
	store i32 %203, i32* %206
	br label %207

207:
	store i32 0, i32* %6
	ret void
}

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare double @llvm.ceil.f64(double %p0)

define ptx_kernel void @best_select1_hist24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 24
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 24
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 24
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 24
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 24
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 24
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 24
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 24
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

define ptx_kernel void @best_select1_pick24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 24
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF000000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 16
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 16
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 16
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 16
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 16
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 16
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 16
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 16
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 16
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF0000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 8
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 8
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 8
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 8
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 8
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 8
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 8
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 8
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 8
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF00
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = sdiv i32 %21, 64
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = sub i32 %24, 1
	%26 = sdiv i32 %25, 64
	%27 = icmp slt i32 %17, %NQ
	br i1 %27, label %28, label %29

28:
	br label %42

29:
	%30 = mul i32 %1, 8
	%31 = add i32 %30, 1
	%32 = mul i32 %2, %NQ
	%33 = add i32 %32, %31
	%34 = mul i32 %33, %NK
	%35 = mul i32 %31, 64
	%36 = sdiv i32 %35, 64
	%37 = add i32 %31, 1
	%38 = mul i32 %37, 64
	%39 = sub i32 %38, 1
	%40 = sdiv i32 %39, 64
	%41 = icmp slt i32 %31, %NQ
	br i1 %41, label %86, label %87

42:
	%43 = phi i32 [ %0, %28 ], [ %85, %84 ]
	%44 = phi i32 [ 0, %28 ], [ %44, %84 ]
	%45 = icmp slt i32 %43, %15
	br i1 %45, label %46, label %48

46:
	%47 = icmp slt i32 %43, %NK
	br i1 %47, label %49, label %65

48:
	br label %29

49:
	%50 = add i32 %20, %43
	%51 = sext i32 %50 to i64
	%52 = getelementptr float, float* %e, i64 %51
	%53 = load float, float* %52
	%54 = fcmp oge float %53, 0.0
	%55 = icmp sge i32 %43, %22
	%56 = icmp sle i32 %43, %26
	%57 = and i1 %55, %56
	%58 = or i1 false, %57
	%59 = icmp eq i32 %43, 0
	%60 = or i1 %58, %59
	%61 = bitcast float %53 to i32
	%62 = add i32 %61, 2
	%63 = select i1 %60, i32 1, i32 %62
	%64 = select i1 %54, i32 %63, i32 0
	br label %65

65:
	%66 = phi i32 [ 0, %46 ], [ %64, %49 ]
	%67 = icmp uge i32 %66, 2
	%68 = and i32 %66, %11
	%69 = icmp eq i32 %68, %7
	%70 = and i1 %67, %69
	%71 = lshr i32 %66, 0
	%72 = and i32 %71, 255
	%73 = select i1 %70, i32 %72, i32 256
	%74 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %73)
	%75 = shl i32 1, %3
	%76 = sub i32 %75, 1
	%77 = and i32 %74, %76
	%78 = icmp eq i32 %77, 0
	%79 = and i1 %70, %78
	br i1 %79, label %80, label %84

80:
	%81 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %72
	%82 = call i32 @llvm.ctpop.i32(i32 %74)
	%83 = atomicrmw add i32 addrspace(3)* %81, i32 %82 monotonic
	br label %84

84:
	%85 = add i32 %43, 256
	br label %42

86:
	br label %100

87:
	%88 = mul i32 %1, 8
	%89 = add i32 %88, 2
	%90 = mul i32 %2, %NQ
	%91 = add i32 %90, %89
	%92 = mul i32 %91, %NK
	%93 = mul i32 %89, 64
	%94 = sdiv i32 %93, 64
	%95 = add i32 %89, 1
	%96 = mul i32 %95, 64
	%97 = sub i32 %96, 1
	%98 = sdiv i32 %97, 64
	%99 = icmp slt i32 %89, %NQ
	br i1 %99, label %144, label %145

100:
	%101 = phi i32 [ %0, %86 ], [ %143, %142 ]
	%102 = phi i32 [ 0, %86 ], [ %102, %142 ]
	%103 = icmp slt i32 %101, %15
	br i1 %103, label %104, label %106

104:
	%105 = icmp slt i32 %101, %NK
	br i1 %105, label %107, label %123

106:
	br label %87

107:
	%108 = add i32 %34, %101
	%109 = sext i32 %108 to i64
	%110 = getelementptr float, float* %e, i64 %109
	%111 = load float, float* %110
	%112 = fcmp oge float %111, 0.0
	%113 = icmp sge i32 %101, %36
	%114 = icmp sle i32 %101, %40
	%115 = and i1 %113, %114
	%116 = or i1 false, %115
	%117 = icmp eq i32 %101, 0
	%118 = or i1 %116, %117
	%119 = bitcast float %111 to i32
	%120 = add i32 %119, 2
	%121 = select i1 %118, i32 1, i32 %120
	%122 = select i1 %112, i32 %121, i32 0
	br label %123

123:
	%124 = phi i32 [ 0, %104 ], [ %122, %107 ]
	%125 = icmp uge i32 %124, 2
	%126 = and i32 %124, %11
	%127 = icmp eq i32 %126, %7
	%128 = and i1 %125, %127
	%129 = lshr i32 %124, 0
	%130 = and i32 %129, 255
	%131 = select i1 %128, i32 %130, i32 256
	%132 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %131)
	%133 = shl i32 1, %3
	%134 = sub i32 %133, 1
	%135 = and i32 %132, %134
	%136 = icmp eq i32 %135, 0
	%137 = and i1 %128, %136
	br i1 %137, label %138, label %142

138:
	%139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %130
	%140 = call i32 @llvm.ctpop.i32(i32 %132)
	%141 = atomicrmw add i32 addrspace(3)* %139, i32 %140 monotonic
	br label %142

142:
	%143 = add i32 %101, 256
	br label %100

144:
	br label %158

145:
	%146 = mul i32 %1, 8
	%147 = add i32 %146, 3
	%148 = mul i32 %2, %NQ
	%149 = add i32 %148, %147
	%150 = mul i32 %149, %NK
	%151 = mul i32 %147, 64
	%152 = sdiv i32 %151, 64
	%153 = add i32 %147, 1
	%154 = mul i32 %153, 64
	%155 = sub i32 %154, 1
	%156 = sdiv i32 %155, 64
	%157 = icmp slt i32 %147, %NQ
	br i1 %157, label %202, label %203

158:
	%159 = phi i32 [ %0, %144 ], [ %201, %200 ]
	%160 = phi i32 [ 0, %144 ], [ %160, %200 ]
	%161 = icmp slt i32 %159, %15
	br i1 %161, label %162, label %164

162:
	%163 = icmp slt i32 %159, %NK
	br i1 %163, label %165, label %181

164:
	br label %145

165:
	%166 = add i32 %92, %159
	%167 = sext i32 %166 to i64
	%168 = getelementptr float, float* %e, i64 %167
	%169 = load float, float* %168
	%170 = fcmp oge float %169, 0.0
	%171 = icmp sge i32 %159, %94
	%172 = icmp sle i32 %159, %98
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %159, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %169 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	br label %181

181:
	%182 = phi i32 [ 0, %162 ], [ %180, %165 ]
	%183 = icmp uge i32 %182, 2
	%184 = and i32 %182, %11
	%185 = icmp eq i32 %184, %7
	%186 = and i1 %183, %185
	%187 = lshr i32 %182, 0
	%188 = and i32 %187, 255
	%189 = select i1 %186, i32 %188, i32 256
	%190 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %189)
	%191 = shl i32 1, %3
	%192 = sub i32 %191, 1
	%193 = and i32 %190, %192
	%194 = icmp eq i32 %193, 0
	%195 = and i1 %186, %194
	br i1 %195, label %196, label %200

196:
	%197 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %188
	%198 = call i32 @llvm.ctpop.i32(i32 %190)
	%199 = atomicrmw add i32 addrspace(3)* %197, i32 %198 monotonic
	br label %200

200:
	%201 = add i32 %159, 256
	br label %158

202:
	br label %216

203:
	%204 = mul i32 %1, 8
	%205 = add i32 %204, 4
	%206 = mul i32 %2, %NQ
	%207 = add i32 %206, %205
	%208 = mul i32 %207, %NK
	%209 = mul i32 %205, 64
	%210 = sdiv i32 %209, 64
	%211 = add i32 %205, 1
	%212 = mul i32 %211, 64
	%213 = sub i32 %212, 1
	%214 = sdiv i32 %213, 64
	%215 = icmp slt i32 %205, %NQ
	br i1 %215, label %260, label %261

216:
	%217 = phi i32 [ %0, %202 ], [ %259, %258 ]
	%218 = phi i32 [ 0, %202 ], [ %218, %258 ]
	%219 = icmp slt i32 %217, %15
	br i1 %219, label %220, label %222

220:
	%221 = icmp slt i32 %217, %NK
	br i1 %221, label %223, label %239

222:
	br label %203

223:
	%224 = add i32 %150, %217
	%225 = sext i32 %224 to i64
	%226 = getelementptr float, float* %e, i64 %225
	%227 = load float, float* %226
	%228 = fcmp oge float %227, 0.0
	%229 = icmp sge i32 %217, %152
	%230 = icmp sle i32 %217, %156
	%231 = and i1 %229, %230
	%232 = or i1 false, %231
	%233 = icmp eq i32 %217, 0
	%234 = or i1 %232, %233
	%235 = bitcast float %227 to i32
	%236 = add i32 %235, 2
	%237 = select i1 %234, i32 1, i32 %236
	%238 = select i1 %228, i32 %237, i32 0
	br label %239

239:
	%240 = phi i32 [ 0, %220 ], [ %238, %223 ]
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, %11
	%243 = icmp eq i32 %242, %7
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 0
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %254, label %258

254:
	%255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %246
	%256 = call i32 @llvm.ctpop.i32(i32 %248)
	%257 = atomicrmw add i32 addrspace(3)* %255, i32 %256 monotonic
	br label %258

258:
	%259 = add i32 %217, 256
	br label %216

260:
	br label %274

261:
	%262 = mul i32 %1, 8
	%263 = add i32 %262, 5
	%264 = mul i32 %2, %NQ
	%265 = add i32 %264, %263
	%266 = mul i32 %265, %NK
	%267 = mul i32 %263, 64
	%268 = sdiv i32 %267, 64
	%269 = add i32 %263, 1
	%270 = mul i32 %269, 64
	%271 = sub i32 %270, 1
	%272 = sdiv i32 %271, 64
	%273 = icmp slt i32 %263, %NQ
	br i1 %273, label %318, label %319

274:
	%275 = phi i32 [ %0, %260 ], [ %317, %316 ]
	%276 = phi i32 [ 0, %260 ], [ %276, %316 ]
	%277 = icmp slt i32 %275, %15
	br i1 %277, label %278, label %280

278:
	%279 = icmp slt i32 %275, %NK
	br i1 %279, label %281, label %297

280:
	br label %261

281:
	%282 = add i32 %208, %275
	%283 = sext i32 %282 to i64
	%284 = getelementptr float, float* %e, i64 %283
	%285 = load float, float* %284
	%286 = fcmp oge float %285, 0.0
	%287 = icmp sge i32 %275, %210
	%288 = icmp sle i32 %275, %214
	%289 = and i1 %287, %288
	%290 = or i1 false, %289
	%291 = icmp eq i32 %275, 0
	%292 = or i1 %290, %291
	%293 = bitcast float %285 to i32
	%294 = add i32 %293, 2
	%295 = select i1 %292, i32 1, i32 %294
	%296 = select i1 %286, i32 %295, i32 0
	br label %297

297:
	%298 = phi i32 [ 0, %278 ], [ %296, %281 ]
	%299 = icmp uge i32 %298, 2
	%300 = and i32 %298, %11
	%301 = icmp eq i32 %300, %7
	%302 = and i1 %299, %301
	%303 = lshr i32 %298, 0
	%304 = and i32 %303, 255
	%305 = select i1 %302, i32 %304, i32 256
	%306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %305)
	%307 = shl i32 1, %3
	%308 = sub i32 %307, 1
	%309 = and i32 %306, %308
	%310 = icmp eq i32 %309, 0
	%311 = and i1 %302, %310
	br i1 %311, label %312, label %316

312:
	%313 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %304
	%314 = call i32 @llvm.ctpop.i32(i32 %306)
	%315 = atomicrmw add i32 addrspace(3)* %313, i32 %314 monotonic
	br label %316

316:
	%317 = add i32 %275, 256
	br label %274

318:
	br label %332

319:
	%320 = mul i32 %1, 8
	%321 = add i32 %320, 6
	%322 = mul i32 %2, %NQ
	%323 = add i32 %322, %321
	%324 = mul i32 %323, %NK
	%325 = mul i32 %321, 64
	%326 = sdiv i32 %325, 64
	%327 = add i32 %321, 1
	%328 = mul i32 %327, 64
	%329 = sub i32 %328, 1
	%330 = sdiv i32 %329, 64
	%331 = icmp slt i32 %321, %NQ
	br i1 %331, label %376, label %377

332:
	%333 = phi i32 [ %0, %318 ], [ %375, %374 ]
	%334 = phi i32 [ 0, %318 ], [ %334, %374 ]
	%335 = icmp slt i32 %333, %15
	br i1 %335, label %336, label %338

336:
	%337 = icmp slt i32 %333, %NK
	br i1 %337, label %339, label %355

338:
	br label %319

339:
	%340 = add i32 %266, %333
	%341 = sext i32 %340 to i64
	%342 = getelementptr float, float* %e, i64 %341
	%343 = load float, float* %342
	%344 = fcmp oge float %343, 0.0
	%345 = icmp sge i32 %333, %268
	%346 = icmp sle i32 %333, %272
	%347 = and i1 %345, %346
	%348 = or i1 false, %347
	%349 = icmp eq i32 %333, 0
	%350 = or i1 %348, %349
	%351 = bitcast float %343 to i32
	%352 = add i32 %351, 2
	%353 = select i1 %350, i32 1, i32 %352
	%354 = select i1 %344, i32 %353, i32 0
	br label %355

355:
	%356 = phi i32 [ 0, %336 ], [ %354, %339 ]
	%357 = icmp uge i32 %356, 2
	%358 = and i32 %356, %11
	%359 = icmp eq i32 %358, %7
	%360 = and i1 %357, %359
	%361 = lshr i32 %356, 0
	%362 = and i32 %361, 255
	%363 = select i1 %360, i32 %362, i32 256
	%364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %363)
	%365 = shl i32 1, %3
	%366 = sub i32 %365, 1
	%367 = and i32 %364, %366
	%368 = icmp eq i32 %367, 0
	%369 = and i1 %360, %368
	br i1 %369, label %370, label %374

370:
	%371 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %362
	%372 = call i32 @llvm.ctpop.i32(i32 %364)
	%373 = atomicrmw add i32 addrspace(3)* %371, i32 %372 monotonic
	br label %374

374:
	%375 = add i32 %333, 256
	br label %332

376:
	br label %390

377:
	%378 = mul i32 %1, 8
	%379 = add i32 %378, 7
	%380 = mul i32 %2, %NQ
	%381 = add i32 %380, %379
	%382 = mul i32 %381, %NK
	%383 = mul i32 %379, 64
	%384 = sdiv i32 %383, 64
	%385 = add i32 %379, 1
	%386 = mul i32 %385, 64
	%387 = sub i32 %386, 1
	%388 = sdiv i32 %387, 64
	%389 = icmp slt i32 %379, %NQ
	br i1 %389, label %434, label %435

390:
	%391 = phi i32 [ %0, %376 ], [ %433, %432 ]
	%392 = phi i32 [ 0, %376 ], [ %392, %432 ]
	%393 = icmp slt i32 %391, %15
	br i1 %393, label %394, label %396

394:
	%395 = icmp slt i32 %391, %NK
	br i1 %395, label %397, label %413

396:
	br label %377

397:
	%398 = add i32 %324, %391
	%399 = sext i32 %398 to i64
	%400 = getelementptr float, float* %e, i64 %399
	%401 = load float, float* %400
	%402 = fcmp oge float %401, 0.0
	%403 = icmp sge i32 %391, %326
	%404 = icmp sle i32 %391, %330
	%405 = and i1 %403, %404
	%406 = or i1 false, %405
	%407 = icmp eq i32 %391, 0
	%408 = or i1 %406, %407
	%409 = bitcast float %401 to i32
	%410 = add i32 %409, 2
	%411 = select i1 %408, i32 1, i32 %410
	%412 = select i1 %402, i32 %411, i32 0
	br label %413

413:
	%414 = phi i32 [ 0, %394 ], [ %412, %397 ]
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, %11
	%417 = icmp eq i32 %416, %7
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 0
	%420 = and i32 %419, 255
	%421 = select i1 %418, i32 %420, i32 256
	%422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %421)
	%423 = shl i32 1, %3
	%424 = sub i32 %423, 1
	%425 = and i32 %422, %424
	%426 = icmp eq i32 %425, 0
	%427 = and i1 %418, %426
	br i1 %427, label %428, label %432

428:
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %420
	%430 = call i32 @llvm.ctpop.i32(i32 %422)
	%431 = atomicrmw add i32 addrspace(3)* %429, i32 %430 monotonic
	br label %432

432:
	%433 = add i32 %391, 256
	br label %390

434:
	br label %439

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp ne i32 %437, 0
	br i1 %438, label %483, label %489

439:
	%440 = phi i32 [ %0, %434 ], [ %482, %481 ]
	%441 = phi i32 [ 0, %434 ], [ %441, %481 ]
	%442 = icmp slt i32 %440, %15
	br i1 %442, label %443, label %445

443:
	%444 = icmp slt i32 %440, %NK
	br i1 %444, label %446, label %462

445:
	br label %435

446:
	%447 = add i32 %382, %440
	%448 = sext i32 %447 to i64
	%449 = getelementptr float, float* %e, i64 %448
	%450 = load float, float* %449
	%451 = fcmp oge float %450, 0.0
	%452 = icmp sge i32 %440, %384
	%453 = icmp sle i32 %440, %388
	%454 = and i1 %452, %453
	%455 = or i1 false, %454
	%456 = icmp eq i32 %440, 0
	%457 = or i1 %455, %456
	%458 = bitcast float %450 to i32
	%459 = add i32 %458, 2
	%460 = select i1 %457, i32 1, i32 %459
	%461 = select i1 %451, i32 %460, i32 0
	br label %462

462:
	%463 = phi i32 [ 0, %443 ], [ %461, %446 ]
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %11
	%466 = icmp eq i32 %465, %7
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 0
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %477, label %481

477:
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %469
	%479 = call i32 @llvm.ctpop.i32(i32 %471)
	%480 = atomicrmw add i32 addrspace(3)* %478, i32 %479 monotonic
	br label %481

481:
	%482 = add i32 %440, 256
	br label %439

483:
	%484 = mul i32 0, 256
	%485 = add i32 %484, %0
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %hist, i64 %486
	%488 = atomicrmw add i32* %487, i32 %437 monotonic
	br label %489

489:
	ret void
}

define ptx_kernel void @best_select1_pick0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 0
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, 255
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_ties(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %NK, 255
	%13 = sdiv i32 %12, 256
	%14 = mul i32 %13, 256
	%15 = mul i32 %1, 8
	%16 = add i32 %15, 0
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %16
	%19 = mul i32 %18, %NK
	%20 = mul i32 %16, 64
	%21 = sdiv i32 %20, 64
	%22 = add i32 %16, 1
	%23 = mul i32 %22, 64
	%24 = sub i32 %23, 1
	%25 = sdiv i32 %24, 64
	%26 = icmp slt i32 %16, %NQ
	br i1 %26, label %27, label %28

27:
	br label %41

28:
	%29 = mul i32 %1, 8
	%30 = add i32 %29, 1
	%31 = mul i32 %2, %NQ
	%32 = add i32 %31, %30
	%33 = mul i32 %32, %NK
	%34 = mul i32 %30, 64
	%35 = sdiv i32 %34, 64
	%36 = add i32 %30, 1
	%37 = mul i32 %36, 64
	%38 = sub i32 %37, 1
	%39 = sdiv i32 %38, 64
	%40 = icmp slt i32 %30, %NQ
	br i1 %40, label %151, label %152

41:
	%42 = phi i32 [ %0, %27 ], [ %92, %87 ]
	%43 = phi i32 [ 0, %27 ], [ %91, %87 ]
	%44 = icmp slt i32 %42, %14
	br i1 %44, label %45, label %47

45:
	%46 = icmp slt i32 %42, %NK
	br i1 %46, label %71, label %87

47:
	%48 = and i32 %0, 31
	%49 = lshr i32 %0, 5
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %43, i32 1, i32 0)
	%51 = icmp uge i32 %48, 1
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %43, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 2, i32 0)
	%55 = icmp uge i32 %48, 2
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %57, i32 4, i32 0)
	%59 = icmp uge i32 %48, 4
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 %57, %60
	%62 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %61, i32 8, i32 0)
	%63 = icmp uge i32 %48, 8
	%64 = select i1 %63, i32 %62, i32 0
	%65 = add i32 %61, %64
	%66 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %65, i32 16, i32 0)
	%67 = icmp uge i32 %48, 16
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %65, %68
	%70 = icmp eq i32 %48, 31
	br i1 %70, label %93, label %95

71:
	%72 = add i32 %19, %42
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = fcmp oge float %75, 0.0
	%77 = icmp sge i32 %42, %21
	%78 = icmp sle i32 %42, %25
	%79 = and i1 %77, %78
	%80 = or i1 false, %79
	%81 = icmp eq i32 %42, 0
	%82 = or i1 %80, %81
	%83 = bitcast float %75 to i32
	%84 = add i32 %83, 2
	%85 = select i1 %82, i32 1, i32 %84
	%86 = select i1 %76, i32 %85, i32 0
	br label %87

87:
	%88 = phi i32 [ 0, %45 ], [ %86, %71 ]
	%89 = icmp eq i32 %88, %7
	%90 = zext i1 %89 to i32
	%91 = add i32 %43, %90
	%92 = add i32 %42, 256
	br label %41

93:
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %49
	store i32 %69, i32 addrspace(3)* %94
	br label %95

95:
	call void @llvm.nvvm.barrier0()
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %49, 0
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 0, %99
	%101 = add i32 0, %97
	%102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%103 = load i32, i32 addrspace(3)* %102
	%104 = icmp sgt i32 %49, 1
	%105 = select i1 %104, i32 %103, i32 0
	%106 = add i32 %100, %105
	%107 = add i32 %101, %103
	%108 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%109 = load i32, i32 addrspace(3)* %108
	%110 = icmp sgt i32 %49, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %106, %111
	%113 = add i32 %107, %109
	%114 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%115 = load i32, i32 addrspace(3)* %114
	%116 = icmp sgt i32 %49, 3
	%117 = select i1 %116, i32 %115, i32 0
	%118 = add i32 %112, %117
	%119 = add i32 %113, %115
	%120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%121 = load i32, i32 addrspace(3)* %120
	%122 = icmp sgt i32 %49, 4
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %118, %123
	%125 = add i32 %119, %121
	%126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%127 = load i32, i32 addrspace(3)* %126
	%128 = icmp sgt i32 %49, 5
	%129 = select i1 %128, i32 %127, i32 0
	%130 = add i32 %124, %129
	%131 = add i32 %125, %127
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%133 = load i32, i32 addrspace(3)* %132
	%134 = icmp sgt i32 %49, 6
	%135 = select i1 %134, i32 %133, i32 0
	%136 = add i32 %130, %135
	%137 = add i32 %131, %133
	%138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%139 = load i32, i32 addrspace(3)* %138
	%140 = icmp sgt i32 %49, 7
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %136, %141
	%143 = add i32 %137, %139
	%144 = add i32 %142, %69
	%145 = sub i32 %144, %43
	%146 = icmp eq i32 %0, 0
	br i1 %146, label %147, label %150

147:
	%148 = sext i32 %18 to i64
	%149 = getelementptr i32, i32* %ties, i64 %148
	store i32 %143, i32* %149
	br label %150

150:
	br label %28

151:
	br label %165

152:
	%153 = mul i32 %1, 8
	%154 = add i32 %153, 2
	%155 = mul i32 %2, %NQ
	%156 = add i32 %155, %154
	%157 = mul i32 %156, %NK
	%158 = mul i32 %154, 64
	%159 = sdiv i32 %158, 64
	%160 = add i32 %154, 1
	%161 = mul i32 %160, 64
	%162 = sub i32 %161, 1
	%163 = sdiv i32 %162, 64
	%164 = icmp slt i32 %154, %NQ
	br i1 %164, label %275, label %276

165:
	%166 = phi i32 [ %0, %151 ], [ %216, %211 ]
	%167 = phi i32 [ 0, %151 ], [ %215, %211 ]
	%168 = icmp slt i32 %166, %14
	br i1 %168, label %169, label %171

169:
	%170 = icmp slt i32 %166, %NK
	br i1 %170, label %195, label %211

171:
	%172 = and i32 %0, 31
	%173 = lshr i32 %0, 5
	%174 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %167, i32 1, i32 0)
	%175 = icmp uge i32 %172, 1
	%176 = select i1 %175, i32 %174, i32 0
	%177 = add i32 %167, %176
	%178 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %177, i32 2, i32 0)
	%179 = icmp uge i32 %172, 2
	%180 = select i1 %179, i32 %178, i32 0
	%181 = add i32 %177, %180
	%182 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %181, i32 4, i32 0)
	%183 = icmp uge i32 %172, 4
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %181, %184
	%186 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %185, i32 8, i32 0)
	%187 = icmp uge i32 %172, 8
	%188 = select i1 %187, i32 %186, i32 0
	%189 = add i32 %185, %188
	%190 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %189, i32 16, i32 0)
	%191 = icmp uge i32 %172, 16
	%192 = select i1 %191, i32 %190, i32 0
	%193 = add i32 %189, %192
	%194 = icmp eq i32 %172, 31
	br i1 %194, label %217, label %219

195:
	%196 = add i32 %33, %166
	%197 = sext i32 %196 to i64
	%198 = getelementptr float, float* %e, i64 %197
	%199 = load float, float* %198
	%200 = fcmp oge float %199, 0.0
	%201 = icmp sge i32 %166, %35
	%202 = icmp sle i32 %166, %39
	%203 = and i1 %201, %202
	%204 = or i1 false, %203
	%205 = icmp eq i32 %166, 0
	%206 = or i1 %204, %205
	%207 = bitcast float %199 to i32
	%208 = add i32 %207, 2
	%209 = select i1 %206, i32 1, i32 %208
	%210 = select i1 %200, i32 %209, i32 0
	br label %211

211:
	%212 = phi i32 [ 0, %169 ], [ %210, %195 ]
	%213 = icmp eq i32 %212, %7
	%214 = zext i1 %213 to i32
	%215 = add i32 %167, %214
	%216 = add i32 %166, 256
	br label %165

217:
	%218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %173
	store i32 %193, i32 addrspace(3)* %218
	br label %219

219:
	call void @llvm.nvvm.barrier0()
	%220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%221 = load i32, i32 addrspace(3)* %220
	%222 = icmp sgt i32 %173, 0
	%223 = select i1 %222, i32 %221, i32 0
	%224 = add i32 0, %223
	%225 = add i32 0, %221
	%226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%227 = load i32, i32 addrspace(3)* %226
	%228 = icmp sgt i32 %173, 1
	%229 = select i1 %228, i32 %227, i32 0
	%230 = add i32 %224, %229
	%231 = add i32 %225, %227
	%232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%233 = load i32, i32 addrspace(3)* %232
	%234 = icmp sgt i32 %173, 2
	%235 = select i1 %234, i32 %233, i32 0
	%236 = add i32 %230, %235
	%237 = add i32 %231, %233
	%238 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%239 = load i32, i32 addrspace(3)* %238
	%240 = icmp sgt i32 %173, 3
	%241 = select i1 %240, i32 %239, i32 0
	%242 = add i32 %236, %241
	%243 = add i32 %237, %239
	%244 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%245 = load i32, i32 addrspace(3)* %244
	%246 = icmp sgt i32 %173, 4
	%247 = select i1 %246, i32 %245, i32 0
	%248 = add i32 %242, %247
	%249 = add i32 %243, %245
	%250 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%251 = load i32, i32 addrspace(3)* %250
	%252 = icmp sgt i32 %173, 5
	%253 = select i1 %252, i32 %251, i32 0
	%254 = add i32 %248, %253
	%255 = add i32 %249, %251
	%256 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%257 = load i32, i32 addrspace(3)* %256
	%258 = icmp sgt i32 %173, 6
	%259 = select i1 %258, i32 %257, i32 0
	%260 = add i32 %254, %259
	%261 = add i32 %255, %257
	%262 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%263 = load i32, i32 addrspace(3)* %262
	%264 = icmp sgt i32 %173, 7
	%265 = select i1 %264, i32 %263, i32 0
	%266 = add i32 %260, %265
	%267 = add i32 %261, %263
	%268 = add i32 %266, %193
	%269 = sub i32 %268, %167
	%270 = icmp eq i32 %0, 0
	br i1 %270, label %271, label %274

271:
	%272 = sext i32 %32 to i64
	%273 = getelementptr i32, i32* %ties, i64 %272
	store i32 %267, i32* %273
	br label %274

274:
	br label %152

275:
	br label %289

276:
	%277 = mul i32 %1, 8
	%278 = add i32 %277, 3
	%279 = mul i32 %2, %NQ
	%280 = add i32 %279, %278
	%281 = mul i32 %280, %NK
	%282 = mul i32 %278, 64
	%283 = sdiv i32 %282, 64
	%284 = add i32 %278, 1
	%285 = mul i32 %284, 64
	%286 = sub i32 %285, 1
	%287 = sdiv i32 %286, 64
	%288 = icmp slt i32 %278, %NQ
	br i1 %288, label %399, label %400

289:
	%290 = phi i32 [ %0, %275 ], [ %340, %335 ]
	%291 = phi i32 [ 0, %275 ], [ %339, %335 ]
	%292 = icmp slt i32 %290, %14
	br i1 %292, label %293, label %295

293:
	%294 = icmp slt i32 %290, %NK
	br i1 %294, label %319, label %335

295:
	%296 = and i32 %0, 31
	%297 = lshr i32 %0, 5
	%298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %291, i32 1, i32 0)
	%299 = icmp uge i32 %296, 1
	%300 = select i1 %299, i32 %298, i32 0
	%301 = add i32 %291, %300
	%302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %301, i32 2, i32 0)
	%303 = icmp uge i32 %296, 2
	%304 = select i1 %303, i32 %302, i32 0
	%305 = add i32 %301, %304
	%306 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %305, i32 4, i32 0)
	%307 = icmp uge i32 %296, 4
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %305, %308
	%310 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %309, i32 8, i32 0)
	%311 = icmp uge i32 %296, 8
	%312 = select i1 %311, i32 %310, i32 0
	%313 = add i32 %309, %312
	%314 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %313, i32 16, i32 0)
	%315 = icmp uge i32 %296, 16
	%316 = select i1 %315, i32 %314, i32 0
	%317 = add i32 %313, %316
	%318 = icmp eq i32 %296, 31
	br i1 %318, label %341, label %343

319:
	%320 = add i32 %157, %290
	%321 = sext i32 %320 to i64
	%322 = getelementptr float, float* %e, i64 %321
	%323 = load float, float* %322
	%324 = fcmp oge float %323, 0.0
	%325 = icmp sge i32 %290, %159
	%326 = icmp sle i32 %290, %163
	%327 = and i1 %325, %326
	%328 = or i1 false, %327
	%329 = icmp eq i32 %290, 0
	%330 = or i1 %328, %329
	%331 = bitcast float %323 to i32
	%332 = add i32 %331, 2
	%333 = select i1 %330, i32 1, i32 %332
	%334 = select i1 %324, i32 %333, i32 0
	br label %335

335:
	%336 = phi i32 [ 0, %293 ], [ %334, %319 ]
	%337 = icmp eq i32 %336, %7
	%338 = zext i1 %337 to i32
	%339 = add i32 %291, %338
	%340 = add i32 %290, 256
	br label %289

341:
	%342 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %297
	store i32 %317, i32 addrspace(3)* %342
	br label %343

343:
	call void @llvm.nvvm.barrier0()
	%344 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%345 = load i32, i32 addrspace(3)* %344
	%346 = icmp sgt i32 %297, 0
	%347 = select i1 %346, i32 %345, i32 0
	%348 = add i32 0, %347
	%349 = add i32 0, %345
	%350 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%351 = load i32, i32 addrspace(3)* %350
	%352 = icmp sgt i32 %297, 1
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %348, %353
	%355 = add i32 %349, %351
	%356 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%357 = load i32, i32 addrspace(3)* %356
	%358 = icmp sgt i32 %297, 2
	%359 = select i1 %358, i32 %357, i32 0
	%360 = add i32 %354, %359
	%361 = add i32 %355, %357
	%362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%363 = load i32, i32 addrspace(3)* %362
	%364 = icmp sgt i32 %297, 3
	%365 = select i1 %364, i32 %363, i32 0
	%366 = add i32 %360, %365
	%367 = add i32 %361, %363
	%368 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp sgt i32 %297, 4
	%371 = select i1 %370, i32 %369, i32 0
	%372 = add i32 %366, %371
	%373 = add i32 %367, %369
	%374 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%375 = load i32, i32 addrspace(3)* %374
	%376 = icmp sgt i32 %297, 5
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %372, %377
	%379 = add i32 %373, %375
	%380 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%381 = load i32, i32 addrspace(3)* %380
	%382 = icmp sgt i32 %297, 6
	%383 = select i1 %382, i32 %381, i32 0
	%384 = add i32 %378, %383
	%385 = add i32 %379, %381
	%386 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%387 = load i32, i32 addrspace(3)* %386
	%388 = icmp sgt i32 %297, 7
	%389 = select i1 %388, i32 %387, i32 0
	%390 = add i32 %384, %389
	%391 = add i32 %385, %387
	%392 = add i32 %390, %317
	%393 = sub i32 %392, %291
	%394 = icmp eq i32 %0, 0
	br i1 %394, label %395, label %398

395:
	%396 = sext i32 %156 to i64
	%397 = getelementptr i32, i32* %ties, i64 %396
	store i32 %391, i32* %397
	br label %398

398:
	br label %276

399:
	br label %413

400:
	%401 = mul i32 %1, 8
	%402 = add i32 %401, 4
	%403 = mul i32 %2, %NQ
	%404 = add i32 %403, %402
	%405 = mul i32 %404, %NK
	%406 = mul i32 %402, 64
	%407 = sdiv i32 %406, 64
	%408 = add i32 %402, 1
	%409 = mul i32 %408, 64
	%410 = sub i32 %409, 1
	%411 = sdiv i32 %410, 64
	%412 = icmp slt i32 %402, %NQ
	br i1 %412, label %523, label %524

413:
	%414 = phi i32 [ %0, %399 ], [ %464, %459 ]
	%415 = phi i32 [ 0, %399 ], [ %463, %459 ]
	%416 = icmp slt i32 %414, %14
	br i1 %416, label %417, label %419

417:
	%418 = icmp slt i32 %414, %NK
	br i1 %418, label %443, label %459

419:
	%420 = and i32 %0, 31
	%421 = lshr i32 %0, 5
	%422 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %415, i32 1, i32 0)
	%423 = icmp uge i32 %420, 1
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %415, %424
	%426 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %425, i32 2, i32 0)
	%427 = icmp uge i32 %420, 2
	%428 = select i1 %427, i32 %426, i32 0
	%429 = add i32 %425, %428
	%430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %429, i32 4, i32 0)
	%431 = icmp uge i32 %420, 4
	%432 = select i1 %431, i32 %430, i32 0
	%433 = add i32 %429, %432
	%434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %433, i32 8, i32 0)
	%435 = icmp uge i32 %420, 8
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %433, %436
	%438 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %437, i32 16, i32 0)
	%439 = icmp uge i32 %420, 16
	%440 = select i1 %439, i32 %438, i32 0
	%441 = add i32 %437, %440
	%442 = icmp eq i32 %420, 31
	br i1 %442, label %465, label %467

443:
	%444 = add i32 %281, %414
	%445 = sext i32 %444 to i64
	%446 = getelementptr float, float* %e, i64 %445
	%447 = load float, float* %446
	%448 = fcmp oge float %447, 0.0
	%449 = icmp sge i32 %414, %283
	%450 = icmp sle i32 %414, %287
	%451 = and i1 %449, %450
	%452 = or i1 false, %451
	%453 = icmp eq i32 %414, 0
	%454 = or i1 %452, %453
	%455 = bitcast float %447 to i32
	%456 = add i32 %455, 2
	%457 = select i1 %454, i32 1, i32 %456
	%458 = select i1 %448, i32 %457, i32 0
	br label %459

459:
	%460 = phi i32 [ 0, %417 ], [ %458, %443 ]
	%461 = icmp eq i32 %460, %7
	%462 = zext i1 %461 to i32
	%463 = add i32 %415, %462
	%464 = add i32 %414, 256
	br label %413

465:
	%466 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %421
	store i32 %441, i32 addrspace(3)* %466
	br label %467

467:
	call void @llvm.nvvm.barrier0()
	%468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%469 = load i32, i32 addrspace(3)* %468
	%470 = icmp sgt i32 %421, 0
	%471 = select i1 %470, i32 %469, i32 0
	%472 = add i32 0, %471
	%473 = add i32 0, %469
	%474 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%475 = load i32, i32 addrspace(3)* %474
	%476 = icmp sgt i32 %421, 1
	%477 = select i1 %476, i32 %475, i32 0
	%478 = add i32 %472, %477
	%479 = add i32 %473, %475
	%480 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%481 = load i32, i32 addrspace(3)* %480
	%482 = icmp sgt i32 %421, 2
	%483 = select i1 %482, i32 %481, i32 0
	%484 = add i32 %478, %483
	%485 = add i32 %479, %481
	%486 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%487 = load i32, i32 addrspace(3)* %486
	%488 = icmp sgt i32 %421, 3
	%489 = select i1 %488, i32 %487, i32 0
	%490 = add i32 %484, %489
	%491 = add i32 %485, %487
	%492 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%493 = load i32, i32 addrspace(3)* %492
	%494 = icmp sgt i32 %421, 4
	%495 = select i1 %494, i32 %493, i32 0
	%496 = add i32 %490, %495
	%497 = add i32 %491, %493
	%498 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%499 = load i32, i32 addrspace(3)* %498
	%500 = icmp sgt i32 %421, 5
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 %496, %501
	%503 = add i32 %497, %499
	%504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%505 = load i32, i32 addrspace(3)* %504
	%506 = icmp sgt i32 %421, 6
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %502, %507
	%509 = add i32 %503, %505
	%510 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%511 = load i32, i32 addrspace(3)* %510
	%512 = icmp sgt i32 %421, 7
	%513 = select i1 %512, i32 %511, i32 0
	%514 = add i32 %508, %513
	%515 = add i32 %509, %511
	%516 = add i32 %514, %441
	%517 = sub i32 %516, %415
	%518 = icmp eq i32 %0, 0
	br i1 %518, label %519, label %522

519:
	%520 = sext i32 %280 to i64
	%521 = getelementptr i32, i32* %ties, i64 %520
	store i32 %515, i32* %521
	br label %522

522:
	br label %400

523:
	br label %537

524:
	%525 = mul i32 %1, 8
	%526 = add i32 %525, 5
	%527 = mul i32 %2, %NQ
	%528 = add i32 %527, %526
	%529 = mul i32 %528, %NK
	%530 = mul i32 %526, 64
	%531 = sdiv i32 %530, 64
	%532 = add i32 %526, 1
	%533 = mul i32 %532, 64
	%534 = sub i32 %533, 1
	%535 = sdiv i32 %534, 64
	%536 = icmp slt i32 %526, %NQ
	br i1 %536, label %647, label %648

537:
	%538 = phi i32 [ %0, %523 ], [ %588, %583 ]
	%539 = phi i32 [ 0, %523 ], [ %587, %583 ]
	%540 = icmp slt i32 %538, %14
	br i1 %540, label %541, label %543

541:
	%542 = icmp slt i32 %538, %NK
	br i1 %542, label %567, label %583

543:
	%544 = and i32 %0, 31
	%545 = lshr i32 %0, 5
	%546 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %539, i32 1, i32 0)
	%547 = icmp uge i32 %544, 1
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 %539, %548
	%550 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %549, i32 2, i32 0)
	%551 = icmp uge i32 %544, 2
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %549, %552
	%554 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %553, i32 4, i32 0)
	%555 = icmp uge i32 %544, 4
	%556 = select i1 %555, i32 %554, i32 0
	%557 = add i32 %553, %556
	%558 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %557, i32 8, i32 0)
	%559 = icmp uge i32 %544, 8
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %557, %560
	%562 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %561, i32 16, i32 0)
	%563 = icmp uge i32 %544, 16
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %561, %564
	%566 = icmp eq i32 %544, 31
	br i1 %566, label %589, label %591

567:
	%568 = add i32 %405, %538
	%569 = sext i32 %568 to i64
	%570 = getelementptr float, float* %e, i64 %569
	%571 = load float, float* %570
	%572 = fcmp oge float %571, 0.0
	%573 = icmp sge i32 %538, %407
	%574 = icmp sle i32 %538, %411
	%575 = and i1 %573, %574
	%576 = or i1 false, %575
	%577 = icmp eq i32 %538, 0
	%578 = or i1 %576, %577
	%579 = bitcast float %571 to i32
	%580 = add i32 %579, 2
	%581 = select i1 %578, i32 1, i32 %580
	%582 = select i1 %572, i32 %581, i32 0
	br label %583

583:
	%584 = phi i32 [ 0, %541 ], [ %582, %567 ]
	%585 = icmp eq i32 %584, %7
	%586 = zext i1 %585 to i32
	%587 = add i32 %539, %586
	%588 = add i32 %538, 256
	br label %537

589:
	%590 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %545
	store i32 %565, i32 addrspace(3)* %590
	br label %591

591:
	call void @llvm.nvvm.barrier0()
	%592 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%593 = load i32, i32 addrspace(3)* %592
	%594 = icmp sgt i32 %545, 0
	%595 = select i1 %594, i32 %593, i32 0
	%596 = add i32 0, %595
	%597 = add i32 0, %593
	%598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%599 = load i32, i32 addrspace(3)* %598
	%600 = icmp sgt i32 %545, 1
	%601 = select i1 %600, i32 %599, i32 0
	%602 = add i32 %596, %601
	%603 = add i32 %597, %599
	%604 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%605 = load i32, i32 addrspace(3)* %604
	%606 = icmp sgt i32 %545, 2
	%607 = select i1 %606, i32 %605, i32 0
	%608 = add i32 %602, %607
	%609 = add i32 %603, %605
	%610 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%611 = load i32, i32 addrspace(3)* %610
	%612 = icmp sgt i32 %545, 3
	%613 = select i1 %612, i32 %611, i32 0
	%614 = add i32 %608, %613
	%615 = add i32 %609, %611
	%616 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%617 = load i32, i32 addrspace(3)* %616
	%618 = icmp sgt i32 %545, 4
	%619 = select i1 %618, i32 %617, i32 0
	%620 = add i32 %614, %619
	%621 = add i32 %615, %617
	%622 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%623 = load i32, i32 addrspace(3)* %622
	%624 = icmp sgt i32 %545, 5
	%625 = select i1 %624, i32 %623, i32 0
	%626 = add i32 %620, %625
	%627 = add i32 %621, %623
	%628 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%629 = load i32, i32 addrspace(3)* %628
	%630 = icmp sgt i32 %545, 6
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %626, %631
	%633 = add i32 %627, %629
	%634 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%635 = load i32, i32 addrspace(3)* %634
	%636 = icmp sgt i32 %545, 7
	%637 = select i1 %636, i32 %635, i32 0
	%638 = add i32 %632, %637
	%639 = add i32 %633, %635
	%640 = add i32 %638, %565
	%641 = sub i32 %640, %539
	%642 = icmp eq i32 %0, 0
	br i1 %642, label %643, label %646

643:
	%644 = sext i32 %404 to i64
	%645 = getelementptr i32, i32* %ties, i64 %644
	store i32 %639, i32* %645
	br label %646

646:
	br label %524

647:
	br label %661

648:
	%649 = mul i32 %1, 8
	%650 = add i32 %649, 6
	%651 = mul i32 %2, %NQ
	%652 = add i32 %651, %650
	%653 = mul i32 %652, %NK
	%654 = mul i32 %650, 64
	%655 = sdiv i32 %654, 64
	%656 = add i32 %650, 1
	%657 = mul i32 %656, 64
	%658 = sub i32 %657, 1
	%659 = sdiv i32 %658, 64
	%660 = icmp slt i32 %650, %NQ
	br i1 %660, label %771, label %772

661:
	%662 = phi i32 [ %0, %647 ], [ %712, %707 ]
	%663 = phi i32 [ 0, %647 ], [ %711, %707 ]
	%664 = icmp slt i32 %662, %14
	br i1 %664, label %665, label %667

665:
	%666 = icmp slt i32 %662, %NK
	br i1 %666, label %691, label %707

667:
	%668 = and i32 %0, 31
	%669 = lshr i32 %0, 5
	%670 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %663, i32 1, i32 0)
	%671 = icmp uge i32 %668, 1
	%672 = select i1 %671, i32 %670, i32 0
	%673 = add i32 %663, %672
	%674 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %673, i32 2, i32 0)
	%675 = icmp uge i32 %668, 2
	%676 = select i1 %675, i32 %674, i32 0
	%677 = add i32 %673, %676
	%678 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %677, i32 4, i32 0)
	%679 = icmp uge i32 %668, 4
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %677, %680
	%682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %681, i32 8, i32 0)
	%683 = icmp uge i32 %668, 8
	%684 = select i1 %683, i32 %682, i32 0
	%685 = add i32 %681, %684
	%686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %685, i32 16, i32 0)
	%687 = icmp uge i32 %668, 16
	%688 = select i1 %687, i32 %686, i32 0
	%689 = add i32 %685, %688
	%690 = icmp eq i32 %668, 31
	br i1 %690, label %713, label %715

691:
	%692 = add i32 %529, %662
	%693 = sext i32 %692 to i64
	%694 = getelementptr float, float* %e, i64 %693
	%695 = load float, float* %694
	%696 = fcmp oge float %695, 0.0
	%697 = icmp sge i32 %662, %531
	%698 = icmp sle i32 %662, %535
	%699 = and i1 %697, %698
	%700 = or i1 false, %699
	%701 = icmp eq i32 %662, 0
	%702 = or i1 %700, %701
	%703 = bitcast float %695 to i32
	%704 = add i32 %703, 2
	%705 = select i1 %702, i32 1, i32 %704
	%706 = select i1 %696, i32 %705, i32 0
	br label %707

707:
	%708 = phi i32 [ 0, %665 ], [ %706, %691 ]
	%709 = icmp eq i32 %708, %7
	%710 = zext i1 %709 to i32
	%711 = add i32 %663, %710
	%712 = add i32 %662, 256
	br label %661

713:
	%714 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %669
	store i32 %689, i32 addrspace(3)* %714
	br label %715

715:
	call void @llvm.nvvm.barrier0()
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %669, 0
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 0, %719
	%721 = add i32 0, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %669, 1
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %669, 2
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp sgt i32 %669, 3
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = add i32 %733, %735
	%740 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%741 = load i32, i32 addrspace(3)* %740
	%742 = icmp sgt i32 %669, 4
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %738, %743
	%745 = add i32 %739, %741
	%746 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%747 = load i32, i32 addrspace(3)* %746
	%748 = icmp sgt i32 %669, 5
	%749 = select i1 %748, i32 %747, i32 0
	%750 = add i32 %744, %749
	%751 = add i32 %745, %747
	%752 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%753 = load i32, i32 addrspace(3)* %752
	%754 = icmp sgt i32 %669, 6
	%755 = select i1 %754, i32 %753, i32 0
	%756 = add i32 %750, %755
	%757 = add i32 %751, %753
	%758 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%759 = load i32, i32 addrspace(3)* %758
	%760 = icmp sgt i32 %669, 7
	%761 = select i1 %760, i32 %759, i32 0
	%762 = add i32 %756, %761
	%763 = add i32 %757, %759
	%764 = add i32 %762, %689
	%765 = sub i32 %764, %663
	%766 = icmp eq i32 %0, 0
	br i1 %766, label %767, label %770

767:
	%768 = sext i32 %528 to i64
	%769 = getelementptr i32, i32* %ties, i64 %768
	store i32 %763, i32* %769
	br label %770

770:
	br label %648

771:
	br label %785

772:
	%773 = mul i32 %1, 8
	%774 = add i32 %773, 7
	%775 = mul i32 %2, %NQ
	%776 = add i32 %775, %774
	%777 = mul i32 %776, %NK
	%778 = mul i32 %774, 64
	%779 = sdiv i32 %778, 64
	%780 = add i32 %774, 1
	%781 = mul i32 %780, 64
	%782 = sub i32 %781, 1
	%783 = sdiv i32 %782, 64
	%784 = icmp slt i32 %774, %NQ
	br i1 %784, label %895, label %896

785:
	%786 = phi i32 [ %0, %771 ], [ %836, %831 ]
	%787 = phi i32 [ 0, %771 ], [ %835, %831 ]
	%788 = icmp slt i32 %786, %14
	br i1 %788, label %789, label %791

789:
	%790 = icmp slt i32 %786, %NK
	br i1 %790, label %815, label %831

791:
	%792 = and i32 %0, 31
	%793 = lshr i32 %0, 5
	%794 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %787, i32 1, i32 0)
	%795 = icmp uge i32 %792, 1
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %787, %796
	%798 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %797, i32 2, i32 0)
	%799 = icmp uge i32 %792, 2
	%800 = select i1 %799, i32 %798, i32 0
	%801 = add i32 %797, %800
	%802 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %801, i32 4, i32 0)
	%803 = icmp uge i32 %792, 4
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %801, %804
	%806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %805, i32 8, i32 0)
	%807 = icmp uge i32 %792, 8
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %805, %808
	%810 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %809, i32 16, i32 0)
	%811 = icmp uge i32 %792, 16
	%812 = select i1 %811, i32 %810, i32 0
	%813 = add i32 %809, %812
	%814 = icmp eq i32 %792, 31
	br i1 %814, label %837, label %839

815:
	%816 = add i32 %653, %786
	%817 = sext i32 %816 to i64
	%818 = getelementptr float, float* %e, i64 %817
	%819 = load float, float* %818
	%820 = fcmp oge float %819, 0.0
	%821 = icmp sge i32 %786, %655
	%822 = icmp sle i32 %786, %659
	%823 = and i1 %821, %822
	%824 = or i1 false, %823
	%825 = icmp eq i32 %786, 0
	%826 = or i1 %824, %825
	%827 = bitcast float %819 to i32
	%828 = add i32 %827, 2
	%829 = select i1 %826, i32 1, i32 %828
	%830 = select i1 %820, i32 %829, i32 0
	br label %831

831:
	%832 = phi i32 [ 0, %789 ], [ %830, %815 ]
	%833 = icmp eq i32 %832, %7
	%834 = zext i1 %833 to i32
	%835 = add i32 %787, %834
	%836 = add i32 %786, 256
	br label %785

837:
	%838 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %793
	store i32 %813, i32 addrspace(3)* %838
	br label %839

839:
	call void @llvm.nvvm.barrier0()
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp sgt i32 %793, 0
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 0, %843
	%845 = add i32 0, %841
	%846 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%847 = load i32, i32 addrspace(3)* %846
	%848 = icmp sgt i32 %793, 1
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %844, %849
	%851 = add i32 %845, %847
	%852 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%853 = load i32, i32 addrspace(3)* %852
	%854 = icmp sgt i32 %793, 2
	%855 = select i1 %854, i32 %853, i32 0
	%856 = add i32 %850, %855
	%857 = add i32 %851, %853
	%858 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%859 = load i32, i32 addrspace(3)* %858
	%860 = icmp sgt i32 %793, 3
	%861 = select i1 %860, i32 %859, i32 0
	%862 = add i32 %856, %861
	%863 = add i32 %857, %859
	%864 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%865 = load i32, i32 addrspace(3)* %864
	%866 = icmp sgt i32 %793, 4
	%867 = select i1 %866, i32 %865, i32 0
	%868 = add i32 %862, %867
	%869 = add i32 %863, %865
	%870 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%871 = load i32, i32 addrspace(3)* %870
	%872 = icmp sgt i32 %793, 5
	%873 = select i1 %872, i32 %871, i32 0
	%874 = add i32 %868, %873
	%875 = add i32 %869, %871
	%876 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%877 = load i32, i32 addrspace(3)* %876
	%878 = icmp sgt i32 %793, 6
	%879 = select i1 %878, i32 %877, i32 0
	%880 = add i32 %874, %879
	%881 = add i32 %875, %877
	%882 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%883 = load i32, i32 addrspace(3)* %882
	%884 = icmp sgt i32 %793, 7
	%885 = select i1 %884, i32 %883, i32 0
	%886 = add i32 %880, %885
	%887 = add i32 %881, %883
	%888 = add i32 %886, %813
	%889 = sub i32 %888, %787
	%890 = icmp eq i32 %0, 0
	br i1 %890, label %891, label %894

891:
	%892 = sext i32 %652 to i64
	%893 = getelementptr i32, i32* %ties, i64 %892
	store i32 %887, i32* %893
	br label %894

894:
	br label %772

895:
	br label %897

896:
	ret void

897:
	%898 = phi i32 [ %0, %895 ], [ %948, %943 ]
	%899 = phi i32 [ 0, %895 ], [ %947, %943 ]
	%900 = icmp slt i32 %898, %14
	br i1 %900, label %901, label %903

901:
	%902 = icmp slt i32 %898, %NK
	br i1 %902, label %927, label %943

903:
	%904 = and i32 %0, 31
	%905 = lshr i32 %0, 5
	%906 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %899, i32 1, i32 0)
	%907 = icmp uge i32 %904, 1
	%908 = select i1 %907, i32 %906, i32 0
	%909 = add i32 %899, %908
	%910 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %909, i32 2, i32 0)
	%911 = icmp uge i32 %904, 2
	%912 = select i1 %911, i32 %910, i32 0
	%913 = add i32 %909, %912
	%914 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %913, i32 4, i32 0)
	%915 = icmp uge i32 %904, 4
	%916 = select i1 %915, i32 %914, i32 0
	%917 = add i32 %913, %916
	%918 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %917, i32 8, i32 0)
	%919 = icmp uge i32 %904, 8
	%920 = select i1 %919, i32 %918, i32 0
	%921 = add i32 %917, %920
	%922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %921, i32 16, i32 0)
	%923 = icmp uge i32 %904, 16
	%924 = select i1 %923, i32 %922, i32 0
	%925 = add i32 %921, %924
	%926 = icmp eq i32 %904, 31
	br i1 %926, label %949, label %951

927:
	%928 = add i32 %777, %898
	%929 = sext i32 %928 to i64
	%930 = getelementptr float, float* %e, i64 %929
	%931 = load float, float* %930
	%932 = fcmp oge float %931, 0.0
	%933 = icmp sge i32 %898, %779
	%934 = icmp sle i32 %898, %783
	%935 = and i1 %933, %934
	%936 = or i1 false, %935
	%937 = icmp eq i32 %898, 0
	%938 = or i1 %936, %937
	%939 = bitcast float %931 to i32
	%940 = add i32 %939, 2
	%941 = select i1 %938, i32 1, i32 %940
	%942 = select i1 %932, i32 %941, i32 0
	br label %943

943:
	%944 = phi i32 [ 0, %901 ], [ %942, %927 ]
	%945 = icmp eq i32 %944, %7
	%946 = zext i1 %945 to i32
	%947 = add i32 %899, %946
	%948 = add i32 %898, 256
	br label %897

949:
	%950 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %905
	store i32 %925, i32 addrspace(3)* %950
	br label %951

951:
	call void @llvm.nvvm.barrier0()
	%952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%953 = load i32, i32 addrspace(3)* %952
	%954 = icmp sgt i32 %905, 0
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 0, %955
	%957 = add i32 0, %953
	%958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%959 = load i32, i32 addrspace(3)* %958
	%960 = icmp sgt i32 %905, 1
	%961 = select i1 %960, i32 %959, i32 0
	%962 = add i32 %956, %961
	%963 = add i32 %957, %959
	%964 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%965 = load i32, i32 addrspace(3)* %964
	%966 = icmp sgt i32 %905, 2
	%967 = select i1 %966, i32 %965, i32 0
	%968 = add i32 %962, %967
	%969 = add i32 %963, %965
	%970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%971 = load i32, i32 addrspace(3)* %970
	%972 = icmp sgt i32 %905, 3
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = add i32 %969, %971
	%976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp sgt i32 %905, 4
	%979 = select i1 %978, i32 %977, i32 0
	%980 = add i32 %974, %979
	%981 = add i32 %975, %977
	%982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%983 = load i32, i32 addrspace(3)* %982
	%984 = icmp sgt i32 %905, 5
	%985 = select i1 %984, i32 %983, i32 0
	%986 = add i32 %980, %985
	%987 = add i32 %981, %983
	%988 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%989 = load i32, i32 addrspace(3)* %988
	%990 = icmp sgt i32 %905, 6
	%991 = select i1 %990, i32 %989, i32 0
	%992 = add i32 %986, %991
	%993 = add i32 %987, %989
	%994 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%995 = load i32, i32 addrspace(3)* %994
	%996 = icmp sgt i32 %905, 7
	%997 = select i1 %996, i32 %995, i32 0
	%998 = add i32 %992, %997
	%999 = add i32 %993, %995
	%1000 = add i32 %998, %925
	%1001 = sub i32 %1000, %899
	%1002 = icmp eq i32 %0, 0
	br i1 %1002, label %1003, label %1006

1003:
	%1004 = sext i32 %776 to i64
	%1005 = getelementptr i32, i32* %ties, i64 %1004
	store i32 %999, i32* %1005
	br label %1006

1006:
	br label %896
}

define ptx_kernel void @best_select1_scan(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 2
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	br label %12

12:
	%13 = phi i32 [ 0, %entry ], [ %113, %111 ]
	%14 = phi i32 [ 0, %entry ], [ %112, %111 ]
	%15 = icmp slt i32 %13, %R
	br i1 %15, label %16, label %23

16:
	%17 = add i32 %13, %0
	%18 = icmp slt i32 %17, %R
	%19 = select i1 %18, i32 %17, i32 0
	%20 = add i32 %7, %19
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %ties, i64 %21
	br i1 %18, label %24, label %26

23:
	ret void

24:
	%25 = load i32, i32* %22
	br label %26

26:
	%27 = phi i32 [ 0, %16 ], [ %25, %24 ]
	%28 = and i32 %0, 31
	%29 = lshr i32 %0, 5
	%30 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%31 = icmp uge i32 %28, 1
	%32 = select i1 %31, i32 %30, i32 0
	%33 = add i32 %27, %32
	%34 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %33, i32 2, i32 0)
	%35 = icmp uge i32 %28, 2
	%36 = select i1 %35, i32 %34, i32 0
	%37 = add i32 %33, %36
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %37, i32 4, i32 0)
	%39 = icmp uge i32 %28, 4
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %37, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 8, i32 0)
	%43 = icmp uge i32 %28, 8
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 16, i32 0)
	%47 = icmp uge i32 %28, 16
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = icmp eq i32 %28, 31
	br i1 %50, label %51, label %53

51:
	%52 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 %29
	store i32 %49, i32 addrspace(3)* %52
	br label %53

53:
	call void @llvm.nvvm.barrier0()
	%54 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 0
	%55 = load i32, i32 addrspace(3)* %54
	%56 = icmp sgt i32 %29, 0
	%57 = select i1 %56, i32 %55, i32 0
	%58 = add i32 0, %57
	%59 = add i32 0, %55
	%60 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 1
	%61 = load i32, i32 addrspace(3)* %60
	%62 = icmp sgt i32 %29, 1
	%63 = select i1 %62, i32 %61, i32 0
	%64 = add i32 %58, %63
	%65 = add i32 %59, %61
	%66 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 2
	%67 = load i32, i32 addrspace(3)* %66
	%68 = icmp sgt i32 %29, 2
	%69 = select i1 %68, i32 %67, i32 0
	%70 = add i32 %64, %69
	%71 = add i32 %65, %67
	%72 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 3
	%73 = load i32, i32 addrspace(3)* %72
	%74 = icmp sgt i32 %29, 3
	%75 = select i1 %74, i32 %73, i32 0
	%76 = add i32 %70, %75
	%77 = add i32 %71, %73
	%78 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 4
	%79 = load i32, i32 addrspace(3)* %78
	%80 = icmp sgt i32 %29, 4
	%81 = select i1 %80, i32 %79, i32 0
	%82 = add i32 %76, %81
	%83 = add i32 %77, %79
	%84 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 5
	%85 = load i32, i32 addrspace(3)* %84
	%86 = icmp sgt i32 %29, 5
	%87 = select i1 %86, i32 %85, i32 0
	%88 = add i32 %82, %87
	%89 = add i32 %83, %85
	%90 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 6
	%91 = load i32, i32 addrspace(3)* %90
	%92 = icmp sgt i32 %29, 6
	%93 = select i1 %92, i32 %91, i32 0
	%94 = add i32 %88, %93
	%95 = add i32 %89, %91
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 7
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %29, 7
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 %94, %99
	%101 = add i32 %95, %97
	%102 = add i32 %100, %49
	%103 = sub i32 %102, %27
	%104 = add i32 %14, %103
	%105 = sub i32 %11, %104
	%106 = icmp slt i32 %105, %27
	%107 = select i1 %106, i32 %105, i32 %27
	%108 = icmp sgt i32 %107, 0
	%109 = select i1 %108, i32 %107, i32 0
	br i1 %18, label %110, label %111

110:
	store i32 %109, i32* %22
	br label %111

111:
	call void @llvm.nvvm.barrier0()
	%112 = add i32 %14, %101
	%113 = add i32 %13, 256
	br label %12
}

define ptx_kernel void @best_select1_take(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %1
	%19 = mul i32 %1, 64
	%20 = sdiv i32 %19, 64
	%21 = add i32 %1, 1
	%22 = mul i32 %21, 64
	%23 = sub i32 %22, 1
	%24 = sdiv i32 %23, 64
	br label %25

25:
	%26 = phi i32 [ %0, %entry ], [ %62, %59 ]
	%27 = icmp slt i32 %26, %16
	br i1 %27, label %28, label %30

28:
	%29 = icmp slt i32 %26, %NK
	br i1 %29, label %43, label %59

30:
	%31 = mul i32 0, 8
	%32 = sext i32 %31 to i64
	%33 = getelementptr i32, i32* %state, i64 %32
	%34 = load i32, i32* %33
	%35 = sext i32 %18 to i64
	%36 = getelementptr i32, i32* %ties, i64 %35
	%37 = load i32, i32* %36
	%38 = mul i32 %18, 2
	%39 = add i32 %38, 1
	%40 = sext i32 %39 to i64
	%41 = getelementptr i32, i32* %cnt, i64 %40
	%42 = load i32, i32* %41
	call void @llvm.nvvm.barrier0()
	br label %63

43:
	%44 = add i32 %11, %26
	%45 = sext i32 %44 to i64
	%46 = getelementptr float, float* %e, i64 %45
	%47 = load float, float* %46
	%48 = fcmp oge float %47, 0.0
	%49 = icmp sge i32 %26, %20
	%50 = icmp sle i32 %26, %24
	%51 = and i1 %49, %50
	%52 = or i1 false, %51
	%53 = icmp eq i32 %26, 0
	%54 = or i1 %52, %53
	%55 = bitcast float %47 to i32
	%56 = add i32 %55, 2
	%57 = select i1 %54, i32 1, i32 %56
	%58 = select i1 %48, i32 %57, i32 0
	br label %59

59:
	%60 = phi i32 [ 0, %28 ], [ %58, %43 ]
	%61 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %26
	store i32 %60, i32 addrspace(3)* %61
	%62 = add i32 %26, 256
	br label %25

63:
	%64 = phi i32 [ 0, %30 ], [ %246, %243 ]
	%65 = phi i32 [ 0, %30 ], [ %244, %243 ]
	%66 = phi i32 [ 0, %30 ], [ %245, %243 ]
	%67 = icmp slt i32 %64, %16
	br i1 %67, label %68, label %97

68:
	%69 = add i32 %64, %0
	%70 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %69
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp eq i32 %71, %34
	%73 = zext i1 %72 to i32
	%74 = and i32 %0, 31
	%75 = lshr i32 %0, 5
	%76 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %73, i32 1, i32 0)
	%77 = icmp uge i32 %74, 1
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %79, i32 2, i32 0)
	%81 = icmp uge i32 %74, 2
	%82 = select i1 %81, i32 %80, i32 0
	%83 = add i32 %79, %82
	%84 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %83, i32 4, i32 0)
	%85 = icmp uge i32 %74, 4
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %83, %86
	%88 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %87, i32 8, i32 0)
	%89 = icmp uge i32 %74, 8
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %87, %90
	%92 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %91, i32 16, i32 0)
	%93 = icmp uge i32 %74, 16
	%94 = select i1 %93, i32 %92, i32 0
	%95 = add i32 %91, %94
	%96 = icmp eq i32 %74, 31
	br i1 %96, label %105, label %107

97:
	call void @llvm.nvvm.barrier0()
	%98 = sub i32 %66, 1
	%99 = call i32 @llvm.ctlz.i32(i32 %98, i1 false)
	%100 = icmp sgt i32 %66, 1
	%101 = sub i32 32, %99
	%102 = select i1 %100, i32 %101, i32 0
	%103 = shl i32 1, %102
	%104 = add i32 %66, %0
	br label %247

105:
	%106 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 %75
	store i32 %95, i32 addrspace(3)* %106
	br label %107

107:
	call void @llvm.nvvm.barrier0()
	%108 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 0
	%109 = load i32, i32 addrspace(3)* %108
	%110 = icmp sgt i32 %75, 0
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 0, %111
	%113 = add i32 0, %109
	%114 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 1
	%115 = load i32, i32 addrspace(3)* %114
	%116 = icmp sgt i32 %75, 1
	%117 = select i1 %116, i32 %115, i32 0
	%118 = add i32 %112, %117
	%119 = add i32 %113, %115
	%120 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 2
	%121 = load i32, i32 addrspace(3)* %120
	%122 = icmp sgt i32 %75, 2
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %118, %123
	%125 = add i32 %119, %121
	%126 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 3
	%127 = load i32, i32 addrspace(3)* %126
	%128 = icmp sgt i32 %75, 3
	%129 = select i1 %128, i32 %127, i32 0
	%130 = add i32 %124, %129
	%131 = add i32 %125, %127
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 4
	%133 = load i32, i32 addrspace(3)* %132
	%134 = icmp sgt i32 %75, 4
	%135 = select i1 %134, i32 %133, i32 0
	%136 = add i32 %130, %135
	%137 = add i32 %131, %133
	%138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 5
	%139 = load i32, i32 addrspace(3)* %138
	%140 = icmp sgt i32 %75, 5
	%141 = select i1 %140, i32 %139, i32 0
	%142 = add i32 %136, %141
	%143 = add i32 %137, %139
	%144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 6
	%145 = load i32, i32 addrspace(3)* %144
	%146 = icmp sgt i32 %75, 6
	%147 = select i1 %146, i32 %145, i32 0
	%148 = add i32 %142, %147
	%149 = add i32 %143, %145
	%150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 7
	%151 = load i32, i32 addrspace(3)* %150
	%152 = icmp sgt i32 %75, 7
	%153 = select i1 %152, i32 %151, i32 0
	%154 = add i32 %148, %153
	%155 = add i32 %149, %151
	%156 = add i32 %154, %95
	%157 = sub i32 %156, %73
	%158 = icmp ugt i32 %71, %34
	%159 = add i32 %65, %157
	%160 = icmp slt i32 %159, %37
	%161 = and i1 %72, %160
	%162 = or i1 %158, %161
	%163 = zext i1 %162 to i32
	%164 = and i32 %0, 31
	%165 = lshr i32 %0, 5
	%166 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %163, i32 1, i32 0)
	%167 = icmp uge i32 %164, 1
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %169, i32 2, i32 0)
	%171 = icmp uge i32 %164, 2
	%172 = select i1 %171, i32 %170, i32 0
	%173 = add i32 %169, %172
	%174 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %173, i32 4, i32 0)
	%175 = icmp uge i32 %164, 4
	%176 = select i1 %175, i32 %174, i32 0
	%177 = add i32 %173, %176
	%178 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %177, i32 8, i32 0)
	%179 = icmp uge i32 %164, 8
	%180 = select i1 %179, i32 %178, i32 0
	%181 = add i32 %177, %180
	%182 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %181, i32 16, i32 0)
	%183 = icmp uge i32 %164, 16
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %181, %184
	%186 = icmp eq i32 %164, 31
	br i1 %186, label %187, label %189

187:
	%188 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 %165
	store i32 %185, i32 addrspace(3)* %188
	br label %189

189:
	call void @llvm.nvvm.barrier0()
	%190 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 0
	%191 = load i32, i32 addrspace(3)* %190
	%192 = icmp sgt i32 %165, 0
	%193 = select i1 %192, i32 %191, i32 0
	%194 = add i32 0, %193
	%195 = add i32 0, %191
	%196 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 1
	%197 = load i32, i32 addrspace(3)* %196
	%198 = icmp sgt i32 %165, 1
	%199 = select i1 %198, i32 %197, i32 0
	%200 = add i32 %194, %199
	%201 = add i32 %195, %197
	%202 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 2
	%203 = load i32, i32 addrspace(3)* %202
	%204 = icmp sgt i32 %165, 2
	%205 = select i1 %204, i32 %203, i32 0
	%206 = add i32 %200, %205
	%207 = add i32 %201, %203
	%208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 3
	%209 = load i32, i32 addrspace(3)* %208
	%210 = icmp sgt i32 %165, 3
	%211 = select i1 %210, i32 %209, i32 0
	%212 = add i32 %206, %211
	%213 = add i32 %207, %209
	%214 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 4
	%215 = load i32, i32 addrspace(3)* %214
	%216 = icmp sgt i32 %165, 4
	%217 = select i1 %216, i32 %215, i32 0
	%218 = add i32 %212, %217
	%219 = add i32 %213, %215
	%220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 5
	%221 = load i32, i32 addrspace(3)* %220
	%222 = icmp sgt i32 %165, 5
	%223 = select i1 %222, i32 %221, i32 0
	%224 = add i32 %218, %223
	%225 = add i32 %219, %221
	%226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 6
	%227 = load i32, i32 addrspace(3)* %226
	%228 = icmp sgt i32 %165, 6
	%229 = select i1 %228, i32 %227, i32 0
	%230 = add i32 %224, %229
	%231 = add i32 %225, %227
	%232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 7
	%233 = load i32, i32 addrspace(3)* %232
	%234 = icmp sgt i32 %165, 7
	%235 = select i1 %234, i32 %233, i32 0
	%236 = add i32 %230, %235
	%237 = add i32 %231, %233
	%238 = add i32 %236, %185
	%239 = sub i32 %238, %163
	br i1 %162, label %240, label %243

240:
	%241 = add i32 %66, %239
	%242 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %241
	store i32 %69, i32 addrspace(3)* %242
	br label %243

243:
	%244 = add i32 %65, %155
	%245 = add i32 %66, %237
	%246 = add i32 %64, 256
	br label %63

247:
	%248 = phi i32 [ %104, %97 ], [ %252, %250 ]
	%249 = icmp slt i32 %248, %103
	br i1 %249, label %250, label %253

250:
	%251 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %248
	store i32 -1, i32 addrspace(3)* %251
	%252 = add i32 %248, 256
	br label %247

253:
	call void @llvm.nvvm.barrier0()
	%254 = add i32 %102, 1
	br label %255

255:
	%256 = phi i32 [ 1, %253 ], [ %269, %268 ]
	%257 = icmp slt i32 %256, %254
	br i1 %257, label %258, label %260

258:
	%259 = shl i32 1, %256
	br label %261

260:
	br label %307

261:
	%262 = phi i32 [ 0, %258 ], [ %277, %276 ]
	%263 = icmp slt i32 %262, %256
	br i1 %263, label %264, label %268

264:
	%265 = sub i32 %256, 1
	%266 = sub i32 %265, %262
	%267 = shl i32 1, %266
	br label %270

268:
	%269 = add i32 %256, 1
	br label %255

270:
	%271 = phi i32 [ %0, %264 ], [ %302, %301 ]
	%272 = icmp slt i32 %271, %103
	br i1 %272, label %273, label %276

273:
	%274 = xor i32 %271, %267
	%275 = icmp sgt i32 %274, %271
	br i1 %275, label %278, label %301

276:
	call void @llvm.nvvm.barrier0()
	%277 = add i32 %262, 1
	br label %261

278:
	%279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %271
	%280 = load i32, i32 addrspace(3)* %279
	%281 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %274
	%282 = load i32, i32 addrspace(3)* %281
	%283 = and i32 %271, %259
	%284 = icmp eq i32 %283, 0
	%285 = icmp sge i32 %282, 0
	%286 = select i1 %285, i32 %282, i32 0
	%287 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %286
	%288 = load i32, i32 addrspace(3)* %287
	%289 = select i1 %285, i32 %288, i32 0
	%290 = icmp sge i32 %280, 0
	%291 = select i1 %290, i32 %280, i32 0
	%292 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %291
	%293 = load i32, i32 addrspace(3)* %292
	%294 = select i1 %290, i32 %293, i32 0
	%295 = icmp ugt i32 %289, %294
	%296 = icmp eq i32 %289, %294
	%297 = icmp slt i32 %282, %280
	%298 = and i1 %296, %297
	%299 = or i1 %295, %298
	%300 = icmp eq i1 %299, %284
	br i1 %300, label %303, label %306

301:
	%302 = add i32 %271, 256
	br label %270

303:
	%304 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %271
	store i32 %282, i32 addrspace(3)* %304
	%305 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %274
	store i32 %280, i32 addrspace(3)* %305
	br label %306

306:
	br label %301

307:
	%308 = phi i32 [ %0, %260 ], [ %321, %310 ]
	%309 = icmp slt i32 %308, %66
	br i1 %309, label %310, label %322

310:
	%311 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %308
	%312 = load i32, i32 addrspace(3)* %311
	%313 = add i32 %42, %308
	%314 = add i32 %13, %313
	%315 = sext i32 %314 to i64
	%316 = getelementptr i32, i32* %list, i64 %315
	store i32 %312, i32* %316
	%317 = add i32 %13, %NK
	%318 = add i32 %317, %313
	%319 = sext i32 %318 to i64
	%320 = getelementptr i32, i32* %list, i64 %319
	store i32 0, i32* %320
	%321 = add i32 %308, 256
	br label %307

322:
	%323 = add i32 %42, %66
	%324 = add i32 %323, %0
	br label %325

325:
	%326 = phi i32 [ %324, %322 ], [ %336, %328 ]
	%327 = icmp slt i32 %326, %NK
	br i1 %327, label %328, label %337

328:
	%329 = add i32 %13, %326
	%330 = sext i32 %329 to i64
	%331 = getelementptr i32, i32* %list, i64 %330
	store i32 -1, i32* %331
	%332 = add i32 %13, %NK
	%333 = add i32 %332, %326
	%334 = sext i32 %333 to i64
	%335 = getelementptr i32, i32* %list, i64 %334
	store i32 -1, i32* %335
	%336 = add i32 %326, 256
	br label %325

337:
	ret void
}

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @best_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @best_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i16* %kbar, i16* %vbar, i8* %comp) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @best_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = sub i32 %NQ, 1
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%9 = sub i32 %7, %8
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%11 = sdiv i32 %10, %group
	%12 = mul i32 %9, 64
	%13 = mul i32 %10, %M
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 64
	%23 = sext i32 %22 to i64
	%24 = getelementptr i16, i16* %v, i64 %23
	%25 = udiv i32 %10, %lh
	%26 = mul i32 %25, %NQ
	%27 = add i32 %26, %9
	%28 = mul i32 %27, 2
	%29 = mul i32 %28, %NK
	%30 = mul i32 %10, %ch
	%31 = mul i32 %30, %NQ
	%32 = add i32 %31, %9
	%33 = mul i32 %32, %NK
	%34 = mul i32 %11, %NK
	%35 = mul i32 %34, 64
	%36 = sext i32 %35 to i64
	%37 = getelementptr i16, i16* %kbar, i64 %36
	%38 = mul i32 %11, %NK
	%39 = mul i32 %38, 64
	%40 = sext i32 %39 to i64
	%41 = getelementptr i16, i16* %vbar, i64 %40
	%42 = mul i32 %10, %NQ
	%43 = add i32 %42, %9
	%44 = mul i32 %43, %NK
	%45 = add i32 %29, 0
	%46 = sext i32 %45 to i64
	%47 = getelementptr i32, i32* %list, i64 %46
	%48 = load i32, i32* %47
	%49 = icmp sgt i32 %NK, 0
	%50 = icmp sge i32 %48, 0
	%51 = and i1 %49, %50
	%52 = lshr i32 %2, 3
	%53 = and i32 %2, 7
	%54 = and i32 %52, 7
	%55 = xor i32 %53, %54
	%56 = mul i32 %52, 8
	%57 = add i32 %56, %55
	%58 = shl i32 %57, 4
	%59 = add i32 %0, %58
	%60 = add i32 %12, %52
	%61 = mul i32 %60, 64
	%62 = mul i32 %53, 8
	%63 = add i32 %61, %62
	%64 = sext i32 %63 to i64
	%65 = getelementptr i16, i16* %16, i64 %64
	%66 = add i32 %60, 0
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %65, i64 0
	%69 = select i1 %67, i16* %68, i16* %16
	%70 = add i32 %59, 0
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %60, 16
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %65, i64 1024
	%75 = select i1 %73, i16* %74, i16* %16
	%76 = add i32 %59, 2048
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %60, 32
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %65, i64 2048
	%81 = select i1 %79, i16* %80, i16* %16
	%82 = add i32 %59, u0x1000
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %60, 48
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %65, i64 3072
	%87 = select i1 %85, i16* %86, i16* %16
	%88 = add i32 %59, 6144
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %51, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%90 = and i32 %4, 7
	%91 = lshr i32 %4, 3
	%92 = and i32 %91, 1
	%93 = shl i32 %92, 3
	%94 = add i32 %90, %93
	%95 = lshr i32 %4, 4
	%96 = mul i32 %3, 16
	%97 = add i32 %94, 0
	%98 = add i32 %96, %97
	%99 = mul i32 %98, 128
	%100 = add i32 %0, %99
	%101 = and i32 %4, 7
	%102 = xor i32 %95, %101
	%103 = shl i32 %102, 4
	%104 = add i32 %100, %103
	%105 = xor i32 %104, 0
	%106 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %105)
	%107 = extractvalue { i32, i32, i32, i32 } %106, 0
	%108 = extractvalue { i32, i32, i32, i32 } %106, 1
	%109 = extractvalue { i32, i32, i32, i32 } %106, 2
	%110 = extractvalue { i32, i32, i32, i32 } %106, 3
	%111 = xor i32 %104, 32
	%112 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %111)
	%113 = extractvalue { i32, i32, i32, i32 } %112, 0
	%114 = extractvalue { i32, i32, i32, i32 } %112, 1
	%115 = extractvalue { i32, i32, i32, i32 } %112, 2
	%116 = extractvalue { i32, i32, i32, i32 } %112, 3
	%117 = xor i32 %104, 64
	%118 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %117)
	%119 = extractvalue { i32, i32, i32, i32 } %118, 0
	%120 = extractvalue { i32, i32, i32, i32 } %118, 1
	%121 = extractvalue { i32, i32, i32, i32 } %118, 2
	%122 = extractvalue { i32, i32, i32, i32 } %118, 3
	%123 = xor i32 %104, 96
	%124 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %123)
	%125 = extractvalue { i32, i32, i32, i32 } %124, 0
	%126 = extractvalue { i32, i32, i32, i32 } %124, 1
	%127 = extractvalue { i32, i32, i32, i32 } %124, 2
	%128 = extractvalue { i32, i32, i32, i32 } %124, 3
	call void @llvm.nvvm.barrier0()
	%129 = icmp sge i32 %48, %NK
	%130 = select i1 %129, i16* %37, i16* %20
	%131 = sub i32 %48, %NK
	%132 = select i1 %129, i32 %131, i32 %48
	%133 = mul i32 %132, 64
	%134 = select i1 %129, i32 %NK, i32 %N
	%135 = lshr i32 %2, 3
	%136 = and i32 %2, 7
	%137 = and i32 %135, 7
	%138 = xor i32 %136, %137
	%139 = mul i32 %135, 8
	%140 = add i32 %139, %138
	%141 = shl i32 %140, 4
	%142 = add i32 %0, %141
	%143 = add i32 %133, %135
	%144 = mul i32 %143, 64
	%145 = mul i32 %136, 8
	%146 = add i32 %144, %145
	%147 = sext i32 %146 to i64
	%148 = getelementptr i16, i16* %130, i64 %147
	%149 = add i32 %143, 0
	%150 = icmp slt i32 %149, %134
	%151 = getelementptr i16, i16* %148, i64 0
	%152 = select i1 %150, i16* %151, i16* %130
	%153 = add i32 %142, 0
	%154 = select i1 %150, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %153, i16* %152, i32 %154)
	%155 = add i32 %143, 16
	%156 = icmp slt i32 %155, %134
	%157 = getelementptr i16, i16* %148, i64 1024
	%158 = select i1 %156, i16* %157, i16* %130
	%159 = add i32 %142, 2048
	%160 = select i1 %156, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %158, i32 %160)
	%161 = add i32 %143, 32
	%162 = icmp slt i32 %161, %134
	%163 = getelementptr i16, i16* %148, i64 2048
	%164 = select i1 %162, i16* %163, i16* %130
	%165 = add i32 %142, u0x1000
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %143, 48
	%168 = icmp slt i32 %167, %134
	%169 = getelementptr i16, i16* %148, i64 3072
	%170 = select i1 %168, i16* %169, i16* %130
	%171 = add i32 %142, 6144
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%173 = phi i32 [ 0, %prologue ], [ %1513, %pv ]
	%174 = phi i32 [ %48, %prologue ], [ %1520, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1837, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1838, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1839, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1840, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1842, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1843, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1844, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1845, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1854, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1855, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1856, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1857, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1859, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1860, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1861, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1862, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1871, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1872, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1873, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1874, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1876, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1877, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1878, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1879, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1888, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1889, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1890, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1891, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1893, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1894, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1895, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1896, %pv ]
	%207 = phi float [ 0xFFF0000000000000, %prologue ], [ %1383, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1437, %pv ]
	%209 = phi float [ 0xFFF0000000000000, %prologue ], [ %1458, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1512, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%211 = mul i32 %174, 64
	%212 = icmp sge i32 %174, %NK
	%213 = select i1 %212, i16* %41, i16* %24
	%214 = sub i32 %174, %NK
	%215 = select i1 %212, i32 %214, i32 %174
	%216 = mul i32 %215, 64
	%217 = select i1 %212, i32 %NK, i32 %N
	%218 = lshr i32 %2, 3
	%219 = and i32 %2, 7
	%220 = and i32 %218, 7
	%221 = xor i32 %219, %220
	%222 = mul i32 %218, 8
	%223 = add i32 %222, %221
	%224 = shl i32 %223, 4
	%225 = add i32 %1, %224
	%226 = add i32 %216, %218
	%227 = mul i32 %226, 64
	%228 = mul i32 %219, 8
	%229 = add i32 %227, %228
	%230 = sext i32 %229 to i64
	%231 = getelementptr i16, i16* %213, i64 %230
	%232 = add i32 %226, 0
	%233 = icmp slt i32 %232, %217
	%234 = getelementptr i16, i16* %231, i64 0
	%235 = select i1 %233, i16* %234, i16* %213
	%236 = add i32 %225, 0
	%237 = select i1 %233, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %236, i16* %235, i32 %237)
	%238 = add i32 %226, 16
	%239 = icmp slt i32 %238, %217
	%240 = getelementptr i16, i16* %231, i64 1024
	%241 = select i1 %239, i16* %240, i16* %213
	%242 = add i32 %225, 2048
	%243 = select i1 %239, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %242, i16* %241, i32 %243)
	%244 = add i32 %226, 32
	%245 = icmp slt i32 %244, %217
	%246 = getelementptr i16, i16* %231, i64 2048
	%247 = select i1 %245, i16* %246, i16* %213
	%248 = add i32 %225, u0x1000
	%249 = select i1 %245, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %248, i16* %247, i32 %249)
	%250 = add i32 %226, 48
	%251 = icmp slt i32 %250, %217
	%252 = getelementptr i16, i16* %231, i64 3072
	%253 = select i1 %251, i16* %252, i16* %213
	%254 = add i32 %225, 6144
	%255 = select i1 %251, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %254, i16* %253, i32 %255)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%256 = and i32 %4, 7
	%257 = shl i32 %95, 3
	%258 = add i32 %256, %257
	%259 = lshr i32 %4, 3
	%260 = and i32 %259, 1
	%261 = mul i32 %258, 128
	%262 = add i32 %0, %261
	%263 = and i32 %4, 7
	%264 = xor i32 %260, %263
	%265 = shl i32 %264, 4
	%266 = add i32 %262, %265
	%267 = xor i32 %266, 0
	%268 = add i32 %267, 0
	%269 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %268)
	%270 = extractvalue { i32, i32, i32, i32 } %269, 0
	%271 = extractvalue { i32, i32, i32, i32 } %269, 1
	%272 = extractvalue { i32, i32, i32, i32 } %269, 2
	%273 = extractvalue { i32, i32, i32, i32 } %269, 3
	%274 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %270, i32 %271, float 0.0, float 0.0, float 0.0, float 0.0)
	%275 = extractvalue { float, float, float, float } %274, 0
	%276 = extractvalue { float, float, float, float } %274, 1
	%277 = extractvalue { float, float, float, float } %274, 2
	%278 = extractvalue { float, float, float, float } %274, 3
	%279 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %272, i32 %273, float 0.0, float 0.0, float 0.0, float 0.0)
	%280 = extractvalue { float, float, float, float } %279, 0
	%281 = extractvalue { float, float, float, float } %279, 1
	%282 = extractvalue { float, float, float, float } %279, 2
	%283 = extractvalue { float, float, float, float } %279, 3
	%284 = add i32 %267, 2048
	%285 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %284)
	%286 = extractvalue { i32, i32, i32, i32 } %285, 0
	%287 = extractvalue { i32, i32, i32, i32 } %285, 1
	%288 = extractvalue { i32, i32, i32, i32 } %285, 2
	%289 = extractvalue { i32, i32, i32, i32 } %285, 3
	%290 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %286, i32 %287, float 0.0, float 0.0, float 0.0, float 0.0)
	%291 = extractvalue { float, float, float, float } %290, 0
	%292 = extractvalue { float, float, float, float } %290, 1
	%293 = extractvalue { float, float, float, float } %290, 2
	%294 = extractvalue { float, float, float, float } %290, 3
	%295 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %288, i32 %289, float 0.0, float 0.0, float 0.0, float 0.0)
	%296 = extractvalue { float, float, float, float } %295, 0
	%297 = extractvalue { float, float, float, float } %295, 1
	%298 = extractvalue { float, float, float, float } %295, 2
	%299 = extractvalue { float, float, float, float } %295, 3
	%300 = add i32 %267, u0x1000
	%301 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %300)
	%302 = extractvalue { i32, i32, i32, i32 } %301, 0
	%303 = extractvalue { i32, i32, i32, i32 } %301, 1
	%304 = extractvalue { i32, i32, i32, i32 } %301, 2
	%305 = extractvalue { i32, i32, i32, i32 } %301, 3
	%306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %302, i32 %303, float 0.0, float 0.0, float 0.0, float 0.0)
	%307 = extractvalue { float, float, float, float } %306, 0
	%308 = extractvalue { float, float, float, float } %306, 1
	%309 = extractvalue { float, float, float, float } %306, 2
	%310 = extractvalue { float, float, float, float } %306, 3
	%311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %304, i32 %305, float 0.0, float 0.0, float 0.0, float 0.0)
	%312 = extractvalue { float, float, float, float } %311, 0
	%313 = extractvalue { float, float, float, float } %311, 1
	%314 = extractvalue { float, float, float, float } %311, 2
	%315 = extractvalue { float, float, float, float } %311, 3
	%316 = add i32 %267, 6144
	%317 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %316)
	%318 = extractvalue { i32, i32, i32, i32 } %317, 0
	%319 = extractvalue { i32, i32, i32, i32 } %317, 1
	%320 = extractvalue { i32, i32, i32, i32 } %317, 2
	%321 = extractvalue { i32, i32, i32, i32 } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %318, i32 %319, float 0.0, float 0.0, float 0.0, float 0.0)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %107, i32 %108, i32 %109, i32 %110, i32 %320, i32 %321, float 0.0, float 0.0, float 0.0, float 0.0)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = xor i32 %266, 32
	%333 = add i32 %332, 0
	%334 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %333)
	%335 = extractvalue { i32, i32, i32, i32 } %334, 0
	%336 = extractvalue { i32, i32, i32, i32 } %334, 1
	%337 = extractvalue { i32, i32, i32, i32 } %334, 2
	%338 = extractvalue { i32, i32, i32, i32 } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %335, i32 %336, float %275, float %276, float %277, float %278)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %337, i32 %338, float %280, float %281, float %282, float %283)
	%345 = extractvalue { float, float, float, float } %344, 0
	%346 = extractvalue { float, float, float, float } %344, 1
	%347 = extractvalue { float, float, float, float } %344, 2
	%348 = extractvalue { float, float, float, float } %344, 3
	%349 = add i32 %332, 2048
	%350 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %349)
	%351 = extractvalue { i32, i32, i32, i32 } %350, 0
	%352 = extractvalue { i32, i32, i32, i32 } %350, 1
	%353 = extractvalue { i32, i32, i32, i32 } %350, 2
	%354 = extractvalue { i32, i32, i32, i32 } %350, 3
	%355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %351, i32 %352, float %291, float %292, float %293, float %294)
	%356 = extractvalue { float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float } %355, 3
	%360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %353, i32 %354, float %296, float %297, float %298, float %299)
	%361 = extractvalue { float, float, float, float } %360, 0
	%362 = extractvalue { float, float, float, float } %360, 1
	%363 = extractvalue { float, float, float, float } %360, 2
	%364 = extractvalue { float, float, float, float } %360, 3
	%365 = add i32 %332, u0x1000
	%366 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %365)
	%367 = extractvalue { i32, i32, i32, i32 } %366, 0
	%368 = extractvalue { i32, i32, i32, i32 } %366, 1
	%369 = extractvalue { i32, i32, i32, i32 } %366, 2
	%370 = extractvalue { i32, i32, i32, i32 } %366, 3
	%371 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %367, i32 %368, float %307, float %308, float %309, float %310)
	%372 = extractvalue { float, float, float, float } %371, 0
	%373 = extractvalue { float, float, float, float } %371, 1
	%374 = extractvalue { float, float, float, float } %371, 2
	%375 = extractvalue { float, float, float, float } %371, 3
	%376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %369, i32 %370, float %312, float %313, float %314, float %315)
	%377 = extractvalue { float, float, float, float } %376, 0
	%378 = extractvalue { float, float, float, float } %376, 1
	%379 = extractvalue { float, float, float, float } %376, 2
	%380 = extractvalue { float, float, float, float } %376, 3
	%381 = add i32 %332, 6144
	%382 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %381)
	%383 = extractvalue { i32, i32, i32, i32 } %382, 0
	%384 = extractvalue { i32, i32, i32, i32 } %382, 1
	%385 = extractvalue { i32, i32, i32, i32 } %382, 2
	%386 = extractvalue { i32, i32, i32, i32 } %382, 3
	%387 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %383, i32 %384, float %323, float %324, float %325, float %326)
	%388 = extractvalue { float, float, float, float } %387, 0
	%389 = extractvalue { float, float, float, float } %387, 1
	%390 = extractvalue { float, float, float, float } %387, 2
	%391 = extractvalue { float, float, float, float } %387, 3
	%392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %113, i32 %114, i32 %115, i32 %116, i32 %385, i32 %386, float %328, float %329, float %330, float %331)
	%393 = extractvalue { float, float, float, float } %392, 0
	%394 = extractvalue { float, float, float, float } %392, 1
	%395 = extractvalue { float, float, float, float } %392, 2
	%396 = extractvalue { float, float, float, float } %392, 3
	%397 = xor i32 %266, 64
	%398 = add i32 %397, 0
	%399 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %398)
	%400 = extractvalue { i32, i32, i32, i32 } %399, 0
	%401 = extractvalue { i32, i32, i32, i32 } %399, 1
	%402 = extractvalue { i32, i32, i32, i32 } %399, 2
	%403 = extractvalue { i32, i32, i32, i32 } %399, 3
	%404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %400, i32 %401, float %340, float %341, float %342, float %343)
	%405 = extractvalue { float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float } %404, 3
	%409 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %402, i32 %403, float %345, float %346, float %347, float %348)
	%410 = extractvalue { float, float, float, float } %409, 0
	%411 = extractvalue { float, float, float, float } %409, 1
	%412 = extractvalue { float, float, float, float } %409, 2
	%413 = extractvalue { float, float, float, float } %409, 3
	%414 = add i32 %397, 2048
	%415 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %414)
	%416 = extractvalue { i32, i32, i32, i32 } %415, 0
	%417 = extractvalue { i32, i32, i32, i32 } %415, 1
	%418 = extractvalue { i32, i32, i32, i32 } %415, 2
	%419 = extractvalue { i32, i32, i32, i32 } %415, 3
	%420 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %416, i32 %417, float %356, float %357, float %358, float %359)
	%421 = extractvalue { float, float, float, float } %420, 0
	%422 = extractvalue { float, float, float, float } %420, 1
	%423 = extractvalue { float, float, float, float } %420, 2
	%424 = extractvalue { float, float, float, float } %420, 3
	%425 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %418, i32 %419, float %361, float %362, float %363, float %364)
	%426 = extractvalue { float, float, float, float } %425, 0
	%427 = extractvalue { float, float, float, float } %425, 1
	%428 = extractvalue { float, float, float, float } %425, 2
	%429 = extractvalue { float, float, float, float } %425, 3
	%430 = add i32 %397, u0x1000
	%431 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %430)
	%432 = extractvalue { i32, i32, i32, i32 } %431, 0
	%433 = extractvalue { i32, i32, i32, i32 } %431, 1
	%434 = extractvalue { i32, i32, i32, i32 } %431, 2
	%435 = extractvalue { i32, i32, i32, i32 } %431, 3
	%436 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %432, i32 %433, float %372, float %373, float %374, float %375)
	%437 = extractvalue { float, float, float, float } %436, 0
	%438 = extractvalue { float, float, float, float } %436, 1
	%439 = extractvalue { float, float, float, float } %436, 2
	%440 = extractvalue { float, float, float, float } %436, 3
	%441 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %434, i32 %435, float %377, float %378, float %379, float %380)
	%442 = extractvalue { float, float, float, float } %441, 0
	%443 = extractvalue { float, float, float, float } %441, 1
	%444 = extractvalue { float, float, float, float } %441, 2
	%445 = extractvalue { float, float, float, float } %441, 3
	%446 = add i32 %397, 6144
	%447 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %446)
	%448 = extractvalue { i32, i32, i32, i32 } %447, 0
	%449 = extractvalue { i32, i32, i32, i32 } %447, 1
	%450 = extractvalue { i32, i32, i32, i32 } %447, 2
	%451 = extractvalue { i32, i32, i32, i32 } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %448, i32 %449, float %388, float %389, float %390, float %391)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %450, i32 %451, float %393, float %394, float %395, float %396)
	%458 = extractvalue { float, float, float, float } %457, 0
	%459 = extractvalue { float, float, float, float } %457, 1
	%460 = extractvalue { float, float, float, float } %457, 2
	%461 = extractvalue { float, float, float, float } %457, 3
	%462 = xor i32 %266, 96
	%463 = add i32 %462, 0
	%464 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %463)
	%465 = extractvalue { i32, i32, i32, i32 } %464, 0
	%466 = extractvalue { i32, i32, i32, i32 } %464, 1
	%467 = extractvalue { i32, i32, i32, i32 } %464, 2
	%468 = extractvalue { i32, i32, i32, i32 } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %465, i32 %466, float %405, float %406, float %407, float %408)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %467, i32 %468, float %410, float %411, float %412, float %413)
	%475 = extractvalue { float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float } %474, 3
	%479 = add i32 %462, 2048
	%480 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %481, i32 %482, float %421, float %422, float %423, float %424)
	%486 = extractvalue { float, float, float, float } %485, 0
	%487 = extractvalue { float, float, float, float } %485, 1
	%488 = extractvalue { float, float, float, float } %485, 2
	%489 = extractvalue { float, float, float, float } %485, 3
	%490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %483, i32 %484, float %426, float %427, float %428, float %429)
	%491 = extractvalue { float, float, float, float } %490, 0
	%492 = extractvalue { float, float, float, float } %490, 1
	%493 = extractvalue { float, float, float, float } %490, 2
	%494 = extractvalue { float, float, float, float } %490, 3
	%495 = add i32 %462, u0x1000
	%496 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %495)
	%497 = extractvalue { i32, i32, i32, i32 } %496, 0
	%498 = extractvalue { i32, i32, i32, i32 } %496, 1
	%499 = extractvalue { i32, i32, i32, i32 } %496, 2
	%500 = extractvalue { i32, i32, i32, i32 } %496, 3
	%501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %497, i32 %498, float %437, float %438, float %439, float %440)
	%502 = extractvalue { float, float, float, float } %501, 0
	%503 = extractvalue { float, float, float, float } %501, 1
	%504 = extractvalue { float, float, float, float } %501, 2
	%505 = extractvalue { float, float, float, float } %501, 3
	%506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %499, i32 %500, float %442, float %443, float %444, float %445)
	%507 = extractvalue { float, float, float, float } %506, 0
	%508 = extractvalue { float, float, float, float } %506, 1
	%509 = extractvalue { float, float, float, float } %506, 2
	%510 = extractvalue { float, float, float, float } %506, 3
	%511 = add i32 %462, 6144
	%512 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %511)
	%513 = extractvalue { i32, i32, i32, i32 } %512, 0
	%514 = extractvalue { i32, i32, i32, i32 } %512, 1
	%515 = extractvalue { i32, i32, i32, i32 } %512, 2
	%516 = extractvalue { i32, i32, i32, i32 } %512, 3
	%517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %513, i32 %514, float %453, float %454, float %455, float %456)
	%518 = extractvalue { float, float, float, float } %517, 0
	%519 = extractvalue { float, float, float, float } %517, 1
	%520 = extractvalue { float, float, float, float } %517, 2
	%521 = extractvalue { float, float, float, float } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %515, i32 %516, float %458, float %459, float %460, float %461)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	%527 = mul i32 %3, 16
	%528 = add i32 %12, %527
	%529 = add i32 %5, 0
	%530 = add i32 %528, %529
	%531 = mul i32 %3, 16
	%532 = add i32 %12, %531
	%533 = add i32 %5, 8
	%534 = add i32 %532, %533
	%535 = sitofp i32 %10 to float
	%536 = icmp sge i32 %174, %NK
	br i1 %536, label %meankeys, label %classify

epilogue:
	%537 = phi float [ 0.0, %entry ], [ %1437, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1512, %pv ]
	%539 = phi i32 [ 0, %entry ], [ %1513, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1837, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1838, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1839, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1840, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1842, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1843, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1844, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1845, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1854, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1855, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1856, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1857, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1859, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1860, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1861, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1862, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1871, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1872, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1873, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1874, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1876, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1877, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1878, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1879, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1888, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1889, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %1890, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %1891, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %1893, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %1894, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %1895, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %1896, %pv ]
	%572 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %537, i32 1, i32 31)
	%573 = fadd float %537, %572
	%574 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %573, i32 2, i32 31)
	%575 = fadd float %573, %574
	%576 = fcmp ogt float %575, 0.0
	%577 = fdiv float 1.0, %575
	%578 = select i1 %576, float %577, float 0.0
	%579 = mul i32 %3, 16
	%580 = add i32 %12, %579
	%581 = add i32 %5, 0
	%582 = add i32 %580, %581
	%583 = fmul float %540, %578
	%584 = fmul float %541, %578
	%585 = fmul float %544, %578
	%586 = fmul float %545, %578
	%587 = fmul float %548, %578
	%588 = fmul float %549, %578
	%589 = fmul float %552, %578
	%590 = fmul float %553, %578
	%591 = fmul float %556, %578
	%592 = fmul float %557, %578
	%593 = fmul float %560, %578
	%594 = fmul float %561, %578
	%595 = fmul float %564, %578
	%596 = fmul float %565, %578
	%597 = fmul float %568, %578
	%598 = fmul float %569, %578
	%599 = icmp slt i32 %582, %M
	br i1 %599, label %store0, label %stored0

meankeys:
	%600 = sub i32 %NK, 1
	%601 = mul i32 %600, 64
	%602 = sub i32 %N, %601
	%603 = sitofp i32 %602 to float
	%604 = call float @llvm.nvvm.lg2.approx.ftz.f(float %603)
	%605 = fmul float %604, 0x40162E4300000000
	%606 = shl i32 %6, 1
	%607 = add i32 0, %606
	%608 = add i32 %211, %607
	%609 = mul i32 %NK, 64
	%610 = sub i32 %608, %609
	%611 = icmp ult i32 %610, %NK
	%612 = select i1 %611, i32 %610, i32 0
	%613 = add i32 %44, %612
	%614 = sext i32 %613 to i64
	%615 = getelementptr i8, i8* %comp, i64 %614
	%616 = load i8, i8* %615
	%617 = icmp ne i8 %616, 0
	%618 = and i1 %611, %617
	%619 = fmul float 6.0, 0x40162E4300000000
	%620 = add i32 %610, 1
	%621 = icmp eq i32 %620, %NK
	%622 = select i1 %621, float %605, float %619
	%623 = fadd float %470, %622
	%624 = select i1 %618, float %623, float 0xFFF0000000000000
	%625 = shl i32 %6, 1
	%626 = add i32 1, %625
	%627 = add i32 %211, %626
	%628 = mul i32 %NK, 64
	%629 = sub i32 %627, %628
	%630 = icmp ult i32 %629, %NK
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %44, %631
	%633 = sext i32 %632 to i64
	%634 = getelementptr i8, i8* %comp, i64 %633
	%635 = load i8, i8* %634
	%636 = icmp ne i8 %635, 0
	%637 = and i1 %630, %636
	%638 = fmul float 6.0, 0x40162E4300000000
	%639 = add i32 %629, 1
	%640 = icmp eq i32 %639, %NK
	%641 = select i1 %640, float %605, float %638
	%642 = fadd float %471, %641
	%643 = select i1 %637, float %642, float 0xFFF0000000000000
	%644 = fadd float %472, %622
	%645 = select i1 %618, float %644, float 0xFFF0000000000000
	%646 = fadd float %473, %641
	%647 = select i1 %637, float %646, float 0xFFF0000000000000
	%648 = shl i32 %6, 1
	%649 = add i32 8, %648
	%650 = add i32 %211, %649
	%651 = mul i32 %NK, 64
	%652 = sub i32 %650, %651
	%653 = icmp ult i32 %652, %NK
	%654 = select i1 %653, i32 %652, i32 0
	%655 = add i32 %44, %654
	%656 = sext i32 %655 to i64
	%657 = getelementptr i8, i8* %comp, i64 %656
	%658 = load i8, i8* %657
	%659 = icmp ne i8 %658, 0
	%660 = and i1 %653, %659
	%661 = fmul float 6.0, 0x40162E4300000000
	%662 = add i32 %652, 1
	%663 = icmp eq i32 %662, %NK
	%664 = select i1 %663, float %605, float %661
	%665 = fadd float %475, %664
	%666 = select i1 %660, float %665, float 0xFFF0000000000000
	%667 = shl i32 %6, 1
	%668 = add i32 9, %667
	%669 = add i32 %211, %668
	%670 = mul i32 %NK, 64
	%671 = sub i32 %669, %670
	%672 = icmp ult i32 %671, %NK
	%673 = select i1 %672, i32 %671, i32 0
	%674 = add i32 %44, %673
	%675 = sext i32 %674 to i64
	%676 = getelementptr i8, i8* %comp, i64 %675
	%677 = load i8, i8* %676
	%678 = icmp ne i8 %677, 0
	%679 = and i1 %672, %678
	%680 = fmul float 6.0, 0x40162E4300000000
	%681 = add i32 %671, 1
	%682 = icmp eq i32 %681, %NK
	%683 = select i1 %682, float %605, float %680
	%684 = fadd float %476, %683
	%685 = select i1 %679, float %684, float 0xFFF0000000000000
	%686 = fadd float %477, %664
	%687 = select i1 %660, float %686, float 0xFFF0000000000000
	%688 = fadd float %478, %683
	%689 = select i1 %679, float %688, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 16, %690
	%692 = add i32 %211, %691
	%693 = mul i32 %NK, 64
	%694 = sub i32 %692, %693
	%695 = icmp ult i32 %694, %NK
	%696 = select i1 %695, i32 %694, i32 0
	%697 = add i32 %44, %696
	%698 = sext i32 %697 to i64
	%699 = getelementptr i8, i8* %comp, i64 %698
	%700 = load i8, i8* %699
	%701 = icmp ne i8 %700, 0
	%702 = and i1 %695, %701
	%703 = fmul float 6.0, 0x40162E4300000000
	%704 = add i32 %694, 1
	%705 = icmp eq i32 %704, %NK
	%706 = select i1 %705, float %605, float %703
	%707 = fadd float %486, %706
	%708 = select i1 %702, float %707, float 0xFFF0000000000000
	%709 = shl i32 %6, 1
	%710 = add i32 17, %709
	%711 = add i32 %211, %710
	%712 = mul i32 %NK, 64
	%713 = sub i32 %711, %712
	%714 = icmp ult i32 %713, %NK
	%715 = select i1 %714, i32 %713, i32 0
	%716 = add i32 %44, %715
	%717 = sext i32 %716 to i64
	%718 = getelementptr i8, i8* %comp, i64 %717
	%719 = load i8, i8* %718
	%720 = icmp ne i8 %719, 0
	%721 = and i1 %714, %720
	%722 = fmul float 6.0, 0x40162E4300000000
	%723 = add i32 %713, 1
	%724 = icmp eq i32 %723, %NK
	%725 = select i1 %724, float %605, float %722
	%726 = fadd float %487, %725
	%727 = select i1 %721, float %726, float 0xFFF0000000000000
	%728 = fadd float %488, %706
	%729 = select i1 %702, float %728, float 0xFFF0000000000000
	%730 = fadd float %489, %725
	%731 = select i1 %721, float %730, float 0xFFF0000000000000
	%732 = shl i32 %6, 1
	%733 = add i32 24, %732
	%734 = add i32 %211, %733
	%735 = mul i32 %NK, 64
	%736 = sub i32 %734, %735
	%737 = icmp ult i32 %736, %NK
	%738 = select i1 %737, i32 %736, i32 0
	%739 = add i32 %44, %738
	%740 = sext i32 %739 to i64
	%741 = getelementptr i8, i8* %comp, i64 %740
	%742 = load i8, i8* %741
	%743 = icmp ne i8 %742, 0
	%744 = and i1 %737, %743
	%745 = fmul float 6.0, 0x40162E4300000000
	%746 = add i32 %736, 1
	%747 = icmp eq i32 %746, %NK
	%748 = select i1 %747, float %605, float %745
	%749 = fadd float %491, %748
	%750 = select i1 %744, float %749, float 0xFFF0000000000000
	%751 = shl i32 %6, 1
	%752 = add i32 25, %751
	%753 = add i32 %211, %752
	%754 = mul i32 %NK, 64
	%755 = sub i32 %753, %754
	%756 = icmp ult i32 %755, %NK
	%757 = select i1 %756, i32 %755, i32 0
	%758 = add i32 %44, %757
	%759 = sext i32 %758 to i64
	%760 = getelementptr i8, i8* %comp, i64 %759
	%761 = load i8, i8* %760
	%762 = icmp ne i8 %761, 0
	%763 = and i1 %756, %762
	%764 = fmul float 6.0, 0x40162E4300000000
	%765 = add i32 %755, 1
	%766 = icmp eq i32 %765, %NK
	%767 = select i1 %766, float %605, float %764
	%768 = fadd float %492, %767
	%769 = select i1 %763, float %768, float 0xFFF0000000000000
	%770 = fadd float %493, %748
	%771 = select i1 %744, float %770, float 0xFFF0000000000000
	%772 = fadd float %494, %767
	%773 = select i1 %763, float %772, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 32, %774
	%776 = add i32 %211, %775
	%777 = mul i32 %NK, 64
	%778 = sub i32 %776, %777
	%779 = icmp ult i32 %778, %NK
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 %44, %780
	%782 = sext i32 %781 to i64
	%783 = getelementptr i8, i8* %comp, i64 %782
	%784 = load i8, i8* %783
	%785 = icmp ne i8 %784, 0
	%786 = and i1 %779, %785
	%787 = fmul float 6.0, 0x40162E4300000000
	%788 = add i32 %778, 1
	%789 = icmp eq i32 %788, %NK
	%790 = select i1 %789, float %605, float %787
	%791 = fadd float %502, %790
	%792 = select i1 %786, float %791, float 0xFFF0000000000000
	%793 = shl i32 %6, 1
	%794 = add i32 33, %793
	%795 = add i32 %211, %794
	%796 = mul i32 %NK, 64
	%797 = sub i32 %795, %796
	%798 = icmp ult i32 %797, %NK
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %44, %799
	%801 = sext i32 %800 to i64
	%802 = getelementptr i8, i8* %comp, i64 %801
	%803 = load i8, i8* %802
	%804 = icmp ne i8 %803, 0
	%805 = and i1 %798, %804
	%806 = fmul float 6.0, 0x40162E4300000000
	%807 = add i32 %797, 1
	%808 = icmp eq i32 %807, %NK
	%809 = select i1 %808, float %605, float %806
	%810 = fadd float %503, %809
	%811 = select i1 %805, float %810, float 0xFFF0000000000000
	%812 = fadd float %504, %790
	%813 = select i1 %786, float %812, float 0xFFF0000000000000
	%814 = fadd float %505, %809
	%815 = select i1 %805, float %814, float 0xFFF0000000000000
	%816 = shl i32 %6, 1
	%817 = add i32 40, %816
	%818 = add i32 %211, %817
	%819 = mul i32 %NK, 64
	%820 = sub i32 %818, %819
	%821 = icmp ult i32 %820, %NK
	%822 = select i1 %821, i32 %820, i32 0
	%823 = add i32 %44, %822
	%824 = sext i32 %823 to i64
	%825 = getelementptr i8, i8* %comp, i64 %824
	%826 = load i8, i8* %825
	%827 = icmp ne i8 %826, 0
	%828 = and i1 %821, %827
	%829 = fmul float 6.0, 0x40162E4300000000
	%830 = add i32 %820, 1
	%831 = icmp eq i32 %830, %NK
	%832 = select i1 %831, float %605, float %829
	%833 = fadd float %507, %832
	%834 = select i1 %828, float %833, float 0xFFF0000000000000
	%835 = shl i32 %6, 1
	%836 = add i32 41, %835
	%837 = add i32 %211, %836
	%838 = mul i32 %NK, 64
	%839 = sub i32 %837, %838
	%840 = icmp ult i32 %839, %NK
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %44, %841
	%843 = sext i32 %842 to i64
	%844 = getelementptr i8, i8* %comp, i64 %843
	%845 = load i8, i8* %844
	%846 = icmp ne i8 %845, 0
	%847 = and i1 %840, %846
	%848 = fmul float 6.0, 0x40162E4300000000
	%849 = add i32 %839, 1
	%850 = icmp eq i32 %849, %NK
	%851 = select i1 %850, float %605, float %848
	%852 = fadd float %508, %851
	%853 = select i1 %847, float %852, float 0xFFF0000000000000
	%854 = fadd float %509, %832
	%855 = select i1 %828, float %854, float 0xFFF0000000000000
	%856 = fadd float %510, %851
	%857 = select i1 %847, float %856, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 48, %858
	%860 = add i32 %211, %859
	%861 = mul i32 %NK, 64
	%862 = sub i32 %860, %861
	%863 = icmp ult i32 %862, %NK
	%864 = select i1 %863, i32 %862, i32 0
	%865 = add i32 %44, %864
	%866 = sext i32 %865 to i64
	%867 = getelementptr i8, i8* %comp, i64 %866
	%868 = load i8, i8* %867
	%869 = icmp ne i8 %868, 0
	%870 = and i1 %863, %869
	%871 = fmul float 6.0, 0x40162E4300000000
	%872 = add i32 %862, 1
	%873 = icmp eq i32 %872, %NK
	%874 = select i1 %873, float %605, float %871
	%875 = fadd float %518, %874
	%876 = select i1 %870, float %875, float 0xFFF0000000000000
	%877 = shl i32 %6, 1
	%878 = add i32 49, %877
	%879 = add i32 %211, %878
	%880 = mul i32 %NK, 64
	%881 = sub i32 %879, %880
	%882 = icmp ult i32 %881, %NK
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 %44, %883
	%885 = sext i32 %884 to i64
	%886 = getelementptr i8, i8* %comp, i64 %885
	%887 = load i8, i8* %886
	%888 = icmp ne i8 %887, 0
	%889 = and i1 %882, %888
	%890 = fmul float 6.0, 0x40162E4300000000
	%891 = add i32 %881, 1
	%892 = icmp eq i32 %891, %NK
	%893 = select i1 %892, float %605, float %890
	%894 = fadd float %519, %893
	%895 = select i1 %889, float %894, float 0xFFF0000000000000
	%896 = fadd float %520, %874
	%897 = select i1 %870, float %896, float 0xFFF0000000000000
	%898 = fadd float %521, %893
	%899 = select i1 %889, float %898, float 0xFFF0000000000000
	%900 = shl i32 %6, 1
	%901 = add i32 56, %900
	%902 = add i32 %211, %901
	%903 = mul i32 %NK, 64
	%904 = sub i32 %902, %903
	%905 = icmp ult i32 %904, %NK
	%906 = select i1 %905, i32 %904, i32 0
	%907 = add i32 %44, %906
	%908 = sext i32 %907 to i64
	%909 = getelementptr i8, i8* %comp, i64 %908
	%910 = load i8, i8* %909
	%911 = icmp ne i8 %910, 0
	%912 = and i1 %905, %911
	%913 = fmul float 6.0, 0x40162E4300000000
	%914 = add i32 %904, 1
	%915 = icmp eq i32 %914, %NK
	%916 = select i1 %915, float %605, float %913
	%917 = fadd float %523, %916
	%918 = select i1 %912, float %917, float 0xFFF0000000000000
	%919 = shl i32 %6, 1
	%920 = add i32 57, %919
	%921 = add i32 %211, %920
	%922 = mul i32 %NK, 64
	%923 = sub i32 %921, %922
	%924 = icmp ult i32 %923, %NK
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %44, %925
	%927 = sext i32 %926 to i64
	%928 = getelementptr i8, i8* %comp, i64 %927
	%929 = load i8, i8* %928
	%930 = icmp ne i8 %929, 0
	%931 = and i1 %924, %930
	%932 = fmul float 6.0, 0x40162E4300000000
	%933 = add i32 %923, 1
	%934 = icmp eq i32 %933, %NK
	%935 = select i1 %934, float %605, float %932
	%936 = fadd float %524, %935
	%937 = select i1 %931, float %936, float 0xFFF0000000000000
	%938 = fadd float %525, %916
	%939 = select i1 %912, float %938, float 0xFFF0000000000000
	%940 = fadd float %526, %935
	%941 = select i1 %931, float %940, float 0xFFF0000000000000
	br label %softmax

classify:
	%942 = add i32 %33, %174
	%943 = sext i32 %942 to i64
	%944 = getelementptr i8, i8* %cls, i64 %943
	%945 = load i8, i8* %944
	%946 = icmp ne i8 %945, 2
	br i1 %946, label %partial, label %softmax

partial:
	%947 = shl i32 %6, 1
	%948 = add i32 0, %947
	%949 = add i32 %211, %948
	%950 = icmp slt i32 %949, %N
	%951 = select i1 %950, i32 %949, i32 0
	%952 = sitofp i32 %530 to float
	%953 = sitofp i32 %951 to float
	%954 = fcmp ole float %953, %952
	%955 = uitofp i1 %954 to float
	%956 = fcmp une float %955, 0.0
	%957 = and i1 %950, %956
	%958 = select i1 %957, float %470, float 0xFFF0000000000000
	%959 = shl i32 %6, 1
	%960 = add i32 1, %959
	%961 = add i32 %211, %960
	%962 = icmp slt i32 %961, %N
	%963 = select i1 %962, i32 %961, i32 0
	%964 = sitofp i32 %530 to float
	%965 = sitofp i32 %963 to float
	%966 = fcmp ole float %965, %964
	%967 = uitofp i1 %966 to float
	%968 = fcmp une float %967, 0.0
	%969 = and i1 %962, %968
	%970 = select i1 %969, float %471, float 0xFFF0000000000000
	%971 = shl i32 %6, 1
	%972 = add i32 0, %971
	%973 = add i32 %211, %972
	%974 = icmp slt i32 %973, %N
	%975 = select i1 %974, i32 %973, i32 0
	%976 = sitofp i32 %534 to float
	%977 = sitofp i32 %975 to float
	%978 = fcmp ole float %977, %976
	%979 = uitofp i1 %978 to float
	%980 = fcmp une float %979, 0.0
	%981 = and i1 %974, %980
	%982 = select i1 %981, float %472, float 0xFFF0000000000000
	%983 = shl i32 %6, 1
	%984 = add i32 1, %983
	%985 = add i32 %211, %984
	%986 = icmp slt i32 %985, %N
	%987 = select i1 %986, i32 %985, i32 0
	%988 = sitofp i32 %534 to float
	%989 = sitofp i32 %987 to float
	%990 = fcmp ole float %989, %988
	%991 = uitofp i1 %990 to float
	%992 = fcmp une float %991, 0.0
	%993 = and i1 %986, %992
	%994 = select i1 %993, float %473, float 0xFFF0000000000000
	%995 = shl i32 %6, 1
	%996 = add i32 8, %995
	%997 = add i32 %211, %996
	%998 = icmp slt i32 %997, %N
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = sitofp i32 %530 to float
	%1001 = sitofp i32 %999 to float
	%1002 = fcmp ole float %1001, %1000
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %998, %1004
	%1006 = select i1 %1005, float %475, float 0xFFF0000000000000
	%1007 = shl i32 %6, 1
	%1008 = add i32 9, %1007
	%1009 = add i32 %211, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = sitofp i32 %530 to float
	%1013 = sitofp i32 %1011 to float
	%1014 = fcmp ole float %1013, %1012
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = and i1 %1010, %1016
	%1018 = select i1 %1017, float %476, float 0xFFF0000000000000
	%1019 = shl i32 %6, 1
	%1020 = add i32 8, %1019
	%1021 = add i32 %211, %1020
	%1022 = icmp slt i32 %1021, %N
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = sitofp i32 %534 to float
	%1025 = sitofp i32 %1023 to float
	%1026 = fcmp ole float %1025, %1024
	%1027 = uitofp i1 %1026 to float
	%1028 = fcmp une float %1027, 0.0
	%1029 = and i1 %1022, %1028
	%1030 = select i1 %1029, float %477, float 0xFFF0000000000000
	%1031 = shl i32 %6, 1
	%1032 = add i32 9, %1031
	%1033 = add i32 %211, %1032
	%1034 = icmp slt i32 %1033, %N
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = sitofp i32 %534 to float
	%1037 = sitofp i32 %1035 to float
	%1038 = fcmp ole float %1037, %1036
	%1039 = uitofp i1 %1038 to float
	%1040 = fcmp une float %1039, 0.0
	%1041 = and i1 %1034, %1040
	%1042 = select i1 %1041, float %478, float 0xFFF0000000000000
	%1043 = shl i32 %6, 1
	%1044 = add i32 16, %1043
	%1045 = add i32 %211, %1044
	%1046 = icmp slt i32 %1045, %N
	%1047 = select i1 %1046, i32 %1045, i32 0
	%1048 = sitofp i32 %530 to float
	%1049 = sitofp i32 %1047 to float
	%1050 = fcmp ole float %1049, %1048
	%1051 = uitofp i1 %1050 to float
	%1052 = fcmp une float %1051, 0.0
	%1053 = and i1 %1046, %1052
	%1054 = select i1 %1053, float %486, float 0xFFF0000000000000
	%1055 = shl i32 %6, 1
	%1056 = add i32 17, %1055
	%1057 = add i32 %211, %1056
	%1058 = icmp slt i32 %1057, %N
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = sitofp i32 %530 to float
	%1061 = sitofp i32 %1059 to float
	%1062 = fcmp ole float %1061, %1060
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = and i1 %1058, %1064
	%1066 = select i1 %1065, float %487, float 0xFFF0000000000000
	%1067 = shl i32 %6, 1
	%1068 = add i32 16, %1067
	%1069 = add i32 %211, %1068
	%1070 = icmp slt i32 %1069, %N
	%1071 = select i1 %1070, i32 %1069, i32 0
	%1072 = sitofp i32 %534 to float
	%1073 = sitofp i32 %1071 to float
	%1074 = fcmp ole float %1073, %1072
	%1075 = uitofp i1 %1074 to float
	%1076 = fcmp une float %1075, 0.0
	%1077 = and i1 %1070, %1076
	%1078 = select i1 %1077, float %488, float 0xFFF0000000000000
	%1079 = shl i32 %6, 1
	%1080 = add i32 17, %1079
	%1081 = add i32 %211, %1080
	%1082 = icmp slt i32 %1081, %N
	%1083 = select i1 %1082, i32 %1081, i32 0
	%1084 = sitofp i32 %534 to float
	%1085 = sitofp i32 %1083 to float
	%1086 = fcmp ole float %1085, %1084
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = and i1 %1082, %1088
	%1090 = select i1 %1089, float %489, float 0xFFF0000000000000
	%1091 = shl i32 %6, 1
	%1092 = add i32 24, %1091
	%1093 = add i32 %211, %1092
	%1094 = icmp slt i32 %1093, %N
	%1095 = select i1 %1094, i32 %1093, i32 0
	%1096 = sitofp i32 %530 to float
	%1097 = sitofp i32 %1095 to float
	%1098 = fcmp ole float %1097, %1096
	%1099 = uitofp i1 %1098 to float
	%1100 = fcmp une float %1099, 0.0
	%1101 = and i1 %1094, %1100
	%1102 = select i1 %1101, float %491, float 0xFFF0000000000000
	%1103 = shl i32 %6, 1
	%1104 = add i32 25, %1103
	%1105 = add i32 %211, %1104
	%1106 = icmp slt i32 %1105, %N
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = sitofp i32 %530 to float
	%1109 = sitofp i32 %1107 to float
	%1110 = fcmp ole float %1109, %1108
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = and i1 %1106, %1112
	%1114 = select i1 %1113, float %492, float 0xFFF0000000000000
	%1115 = shl i32 %6, 1
	%1116 = add i32 24, %1115
	%1117 = add i32 %211, %1116
	%1118 = icmp slt i32 %1117, %N
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = sitofp i32 %534 to float
	%1121 = sitofp i32 %1119 to float
	%1122 = fcmp ole float %1121, %1120
	%1123 = uitofp i1 %1122 to float
	%1124 = fcmp une float %1123, 0.0
	%1125 = and i1 %1118, %1124
	%1126 = select i1 %1125, float %493, float 0xFFF0000000000000
	%1127 = shl i32 %6, 1
	%1128 = add i32 25, %1127
	%1129 = add i32 %211, %1128
	%1130 = icmp slt i32 %1129, %N
	%1131 = select i1 %1130, i32 %1129, i32 0
	%1132 = sitofp i32 %534 to float
	%1133 = sitofp i32 %1131 to float
	%1134 = fcmp ole float %1133, %1132
	%1135 = uitofp i1 %1134 to float
	%1136 = fcmp une float %1135, 0.0
	%1137 = and i1 %1130, %1136
	%1138 = select i1 %1137, float %494, float 0xFFF0000000000000
	%1139 = shl i32 %6, 1
	%1140 = add i32 32, %1139
	%1141 = add i32 %211, %1140
	%1142 = icmp slt i32 %1141, %N
	%1143 = select i1 %1142, i32 %1141, i32 0
	%1144 = sitofp i32 %530 to float
	%1145 = sitofp i32 %1143 to float
	%1146 = fcmp ole float %1145, %1144
	%1147 = uitofp i1 %1146 to float
	%1148 = fcmp une float %1147, 0.0
	%1149 = and i1 %1142, %1148
	%1150 = select i1 %1149, float %502, float 0xFFF0000000000000
	%1151 = shl i32 %6, 1
	%1152 = add i32 33, %1151
	%1153 = add i32 %211, %1152
	%1154 = icmp slt i32 %1153, %N
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = sitofp i32 %530 to float
	%1157 = sitofp i32 %1155 to float
	%1158 = fcmp ole float %1157, %1156
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = and i1 %1154, %1160
	%1162 = select i1 %1161, float %503, float 0xFFF0000000000000
	%1163 = shl i32 %6, 1
	%1164 = add i32 32, %1163
	%1165 = add i32 %211, %1164
	%1166 = icmp slt i32 %1165, %N
	%1167 = select i1 %1166, i32 %1165, i32 0
	%1168 = sitofp i32 %534 to float
	%1169 = sitofp i32 %1167 to float
	%1170 = fcmp ole float %1169, %1168
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1166, %1172
	%1174 = select i1 %1173, float %504, float 0xFFF0000000000000
	%1175 = shl i32 %6, 1
	%1176 = add i32 33, %1175
	%1177 = add i32 %211, %1176
	%1178 = icmp slt i32 %1177, %N
	%1179 = select i1 %1178, i32 %1177, i32 0
	%1180 = sitofp i32 %534 to float
	%1181 = sitofp i32 %1179 to float
	%1182 = fcmp ole float %1181, %1180
	%1183 = uitofp i1 %1182 to float
	%1184 = fcmp une float %1183, 0.0
	%1185 = and i1 %1178, %1184
	%1186 = select i1 %1185, float %505, float 0xFFF0000000000000
	%1187 = shl i32 %6, 1
	%1188 = add i32 40, %1187
	%1189 = add i32 %211, %1188
	%1190 = icmp slt i32 %1189, %N
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = sitofp i32 %530 to float
	%1193 = sitofp i32 %1191 to float
	%1194 = fcmp ole float %1193, %1192
	%1195 = uitofp i1 %1194 to float
	%1196 = fcmp une float %1195, 0.0
	%1197 = and i1 %1190, %1196
	%1198 = select i1 %1197, float %507, float 0xFFF0000000000000
	%1199 = shl i32 %6, 1
	%1200 = add i32 41, %1199
	%1201 = add i32 %211, %1200
	%1202 = icmp slt i32 %1201, %N
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = sitofp i32 %530 to float
	%1205 = sitofp i32 %1203 to float
	%1206 = fcmp ole float %1205, %1204
	%1207 = uitofp i1 %1206 to float
	%1208 = fcmp une float %1207, 0.0
	%1209 = and i1 %1202, %1208
	%1210 = select i1 %1209, float %508, float 0xFFF0000000000000
	%1211 = shl i32 %6, 1
	%1212 = add i32 40, %1211
	%1213 = add i32 %211, %1212
	%1214 = icmp slt i32 %1213, %N
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = sitofp i32 %534 to float
	%1217 = sitofp i32 %1215 to float
	%1218 = fcmp ole float %1217, %1216
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = and i1 %1214, %1220
	%1222 = select i1 %1221, float %509, float 0xFFF0000000000000
	%1223 = shl i32 %6, 1
	%1224 = add i32 41, %1223
	%1225 = add i32 %211, %1224
	%1226 = icmp slt i32 %1225, %N
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = sitofp i32 %534 to float
	%1229 = sitofp i32 %1227 to float
	%1230 = fcmp ole float %1229, %1228
	%1231 = uitofp i1 %1230 to float
	%1232 = fcmp une float %1231, 0.0
	%1233 = and i1 %1226, %1232
	%1234 = select i1 %1233, float %510, float 0xFFF0000000000000
	%1235 = shl i32 %6, 1
	%1236 = add i32 48, %1235
	%1237 = add i32 %211, %1236
	%1238 = icmp slt i32 %1237, %N
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = sitofp i32 %530 to float
	%1241 = sitofp i32 %1239 to float
	%1242 = fcmp ole float %1241, %1240
	%1243 = uitofp i1 %1242 to float
	%1244 = fcmp une float %1243, 0.0
	%1245 = and i1 %1238, %1244
	%1246 = select i1 %1245, float %518, float 0xFFF0000000000000
	%1247 = shl i32 %6, 1
	%1248 = add i32 49, %1247
	%1249 = add i32 %211, %1248
	%1250 = icmp slt i32 %1249, %N
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = sitofp i32 %530 to float
	%1253 = sitofp i32 %1251 to float
	%1254 = fcmp ole float %1253, %1252
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = and i1 %1250, %1256
	%1258 = select i1 %1257, float %519, float 0xFFF0000000000000
	%1259 = shl i32 %6, 1
	%1260 = add i32 48, %1259
	%1261 = add i32 %211, %1260
	%1262 = icmp slt i32 %1261, %N
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = sitofp i32 %534 to float
	%1265 = sitofp i32 %1263 to float
	%1266 = fcmp ole float %1265, %1264
	%1267 = uitofp i1 %1266 to float
	%1268 = fcmp une float %1267, 0.0
	%1269 = and i1 %1262, %1268
	%1270 = select i1 %1269, float %520, float 0xFFF0000000000000
	%1271 = shl i32 %6, 1
	%1272 = add i32 49, %1271
	%1273 = add i32 %211, %1272
	%1274 = icmp slt i32 %1273, %N
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = sitofp i32 %534 to float
	%1277 = sitofp i32 %1275 to float
	%1278 = fcmp ole float %1277, %1276
	%1279 = uitofp i1 %1278 to float
	%1280 = fcmp une float %1279, 0.0
	%1281 = and i1 %1274, %1280
	%1282 = select i1 %1281, float %521, float 0xFFF0000000000000
	%1283 = shl i32 %6, 1
	%1284 = add i32 56, %1283
	%1285 = add i32 %211, %1284
	%1286 = icmp slt i32 %1285, %N
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = sitofp i32 %530 to float
	%1289 = sitofp i32 %1287 to float
	%1290 = fcmp ole float %1289, %1288
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = and i1 %1286, %1292
	%1294 = select i1 %1293, float %523, float 0xFFF0000000000000
	%1295 = shl i32 %6, 1
	%1296 = add i32 57, %1295
	%1297 = add i32 %211, %1296
	%1298 = icmp slt i32 %1297, %N
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = sitofp i32 %530 to float
	%1301 = sitofp i32 %1299 to float
	%1302 = fcmp ole float %1301, %1300
	%1303 = uitofp i1 %1302 to float
	%1304 = fcmp une float %1303, 0.0
	%1305 = and i1 %1298, %1304
	%1306 = select i1 %1305, float %524, float 0xFFF0000000000000
	%1307 = shl i32 %6, 1
	%1308 = add i32 56, %1307
	%1309 = add i32 %211, %1308
	%1310 = icmp slt i32 %1309, %N
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = sitofp i32 %534 to float
	%1313 = sitofp i32 %1311 to float
	%1314 = fcmp ole float %1313, %1312
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = and i1 %1310, %1316
	%1318 = select i1 %1317, float %525, float 0xFFF0000000000000
	%1319 = shl i32 %6, 1
	%1320 = add i32 57, %1319
	%1321 = add i32 %211, %1320
	%1322 = icmp slt i32 %1321, %N
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = sitofp i32 %534 to float
	%1325 = sitofp i32 %1323 to float
	%1326 = fcmp ole float %1325, %1324
	%1327 = uitofp i1 %1326 to float
	%1328 = fcmp une float %1327, 0.0
	%1329 = and i1 %1322, %1328
	%1330 = select i1 %1329, float %526, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1331 = phi float [ %470, %classify ], [ %958, %partial ], [ %624, %meankeys ]
	%1332 = phi float [ %471, %classify ], [ %970, %partial ], [ %643, %meankeys ]
	%1333 = phi float [ %472, %classify ], [ %982, %partial ], [ %645, %meankeys ]
	%1334 = phi float [ %473, %classify ], [ %994, %partial ], [ %647, %meankeys ]
	%1335 = phi float [ %475, %classify ], [ %1006, %partial ], [ %666, %meankeys ]
	%1336 = phi float [ %476, %classify ], [ %1018, %partial ], [ %685, %meankeys ]
	%1337 = phi float [ %477, %classify ], [ %1030, %partial ], [ %687, %meankeys ]
	%1338 = phi float [ %478, %classify ], [ %1042, %partial ], [ %689, %meankeys ]
	%1339 = phi float [ %486, %classify ], [ %1054, %partial ], [ %708, %meankeys ]
	%1340 = phi float [ %487, %classify ], [ %1066, %partial ], [ %727, %meankeys ]
	%1341 = phi float [ %488, %classify ], [ %1078, %partial ], [ %729, %meankeys ]
	%1342 = phi float [ %489, %classify ], [ %1090, %partial ], [ %731, %meankeys ]
	%1343 = phi float [ %491, %classify ], [ %1102, %partial ], [ %750, %meankeys ]
	%1344 = phi float [ %492, %classify ], [ %1114, %partial ], [ %769, %meankeys ]
	%1345 = phi float [ %493, %classify ], [ %1126, %partial ], [ %771, %meankeys ]
	%1346 = phi float [ %494, %classify ], [ %1138, %partial ], [ %773, %meankeys ]
	%1347 = phi float [ %502, %classify ], [ %1150, %partial ], [ %792, %meankeys ]
	%1348 = phi float [ %503, %classify ], [ %1162, %partial ], [ %811, %meankeys ]
	%1349 = phi float [ %504, %classify ], [ %1174, %partial ], [ %813, %meankeys ]
	%1350 = phi float [ %505, %classify ], [ %1186, %partial ], [ %815, %meankeys ]
	%1351 = phi float [ %507, %classify ], [ %1198, %partial ], [ %834, %meankeys ]
	%1352 = phi float [ %508, %classify ], [ %1210, %partial ], [ %853, %meankeys ]
	%1353 = phi float [ %509, %classify ], [ %1222, %partial ], [ %855, %meankeys ]
	%1354 = phi float [ %510, %classify ], [ %1234, %partial ], [ %857, %meankeys ]
	%1355 = phi float [ %518, %classify ], [ %1246, %partial ], [ %876, %meankeys ]
	%1356 = phi float [ %519, %classify ], [ %1258, %partial ], [ %895, %meankeys ]
	%1357 = phi float [ %520, %classify ], [ %1270, %partial ], [ %897, %meankeys ]
	%1358 = phi float [ %521, %classify ], [ %1282, %partial ], [ %899, %meankeys ]
	%1359 = phi float [ %523, %classify ], [ %1294, %partial ], [ %918, %meankeys ]
	%1360 = phi float [ %524, %classify ], [ %1306, %partial ], [ %937, %meankeys ]
	%1361 = phi float [ %525, %classify ], [ %1318, %partial ], [ %939, %meankeys ]
	%1362 = phi float [ %526, %classify ], [ %1330, %partial ], [ %941, %meankeys ]
	%1363 = call float @llvm.nvvm.fmax.f(float %1331, float %1332)
	%1364 = call float @llvm.nvvm.fmax.f(float %1335, float %1336)
	%1365 = call float @llvm.nvvm.fmax.f(float %1339, float %1340)
	%1366 = call float @llvm.nvvm.fmax.f(float %1343, float %1344)
	%1367 = call float @llvm.nvvm.fmax.f(float %1347, float %1348)
	%1368 = call float @llvm.nvvm.fmax.f(float %1351, float %1352)
	%1369 = call float @llvm.nvvm.fmax.f(float %1355, float %1356)
	%1370 = call float @llvm.nvvm.fmax.f(float %1359, float %1360)
	%1371 = call float @llvm.nvvm.fmax.f(float %1363, float %1364)
	%1372 = call float @llvm.nvvm.fmax.f(float %1365, float %1366)
	%1373 = call float @llvm.nvvm.fmax.f(float %1367, float %1368)
	%1374 = call float @llvm.nvvm.fmax.f(float %1369, float %1370)
	%1375 = call float @llvm.nvvm.fmax.f(float %1371, float %1372)
	%1376 = call float @llvm.nvvm.fmax.f(float %1373, float %1374)
	%1377 = call float @llvm.nvvm.fmax.f(float %1375, float %1376)
	%1378 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1377, i32 1, i32 31)
	%1379 = call float @llvm.nvvm.fmax.f(float %1377, float %1378)
	%1380 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1379, i32 2, i32 31)
	%1381 = call float @llvm.nvvm.fmax.f(float %1379, float %1380)
	%1382 = fmul float %1381, 0x3FC7154760000000
	%1383 = call float @llvm.nvvm.fmax.f(float %207, float %1382)
	%1384 = fcmp oeq float %1383, 0xFFF0000000000000
	%1385 = select i1 %1384, float 0.0, float %1383
	%1386 = fsub float %207, %1385
	%1387 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1386)
	%1388 = fneg float %1385
	%1389 = call float @llvm.fma.f32(float %1331, float 0x3FC7154760000000, float %1388)
	%1390 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1389)
	%1391 = call float @llvm.fma.f32(float %1332, float 0x3FC7154760000000, float %1388)
	%1392 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1391)
	%1393 = call float @llvm.fma.f32(float %1335, float 0x3FC7154760000000, float %1388)
	%1394 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1393)
	%1395 = call float @llvm.fma.f32(float %1336, float 0x3FC7154760000000, float %1388)
	%1396 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1395)
	%1397 = call float @llvm.fma.f32(float %1339, float 0x3FC7154760000000, float %1388)
	%1398 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1397)
	%1399 = call float @llvm.fma.f32(float %1340, float 0x3FC7154760000000, float %1388)
	%1400 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1399)
	%1401 = call float @llvm.fma.f32(float %1343, float 0x3FC7154760000000, float %1388)
	%1402 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1401)
	%1403 = call float @llvm.fma.f32(float %1344, float 0x3FC7154760000000, float %1388)
	%1404 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1403)
	%1405 = call float @llvm.fma.f32(float %1347, float 0x3FC7154760000000, float %1388)
	%1406 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1405)
	%1407 = call float @llvm.fma.f32(float %1348, float 0x3FC7154760000000, float %1388)
	%1408 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1407)
	%1409 = call float @llvm.fma.f32(float %1351, float 0x3FC7154760000000, float %1388)
	%1410 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1409)
	%1411 = call float @llvm.fma.f32(float %1352, float 0x3FC7154760000000, float %1388)
	%1412 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1411)
	%1413 = call float @llvm.fma.f32(float %1355, float 0x3FC7154760000000, float %1388)
	%1414 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1413)
	%1415 = call float @llvm.fma.f32(float %1356, float 0x3FC7154760000000, float %1388)
	%1416 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1415)
	%1417 = call float @llvm.fma.f32(float %1359, float 0x3FC7154760000000, float %1388)
	%1418 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1417)
	%1419 = call float @llvm.fma.f32(float %1360, float 0x3FC7154760000000, float %1388)
	%1420 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1419)
	%1421 = fadd float %1390, %1392
	%1422 = fadd float %1394, %1396
	%1423 = fadd float %1398, %1400
	%1424 = fadd float %1402, %1404
	%1425 = fadd float %1406, %1408
	%1426 = fadd float %1410, %1412
	%1427 = fadd float %1414, %1416
	%1428 = fadd float %1418, %1420
	%1429 = fadd float %1421, %1422
	%1430 = fadd float %1423, %1424
	%1431 = fadd float %1425, %1426
	%1432 = fadd float %1427, %1428
	%1433 = fadd float %1429, %1430
	%1434 = fadd float %1431, %1432
	%1435 = fadd float %1433, %1434
	%1436 = fmul float %208, %1387
	%1437 = fadd float %1436, %1435
	%1438 = call float @llvm.nvvm.fmax.f(float %1333, float %1334)
	%1439 = call float @llvm.nvvm.fmax.f(float %1337, float %1338)
	%1440 = call float @llvm.nvvm.fmax.f(float %1341, float %1342)
	%1441 = call float @llvm.nvvm.fmax.f(float %1345, float %1346)
	%1442 = call float @llvm.nvvm.fmax.f(float %1349, float %1350)
	%1443 = call float @llvm.nvvm.fmax.f(float %1353, float %1354)
	%1444 = call float @llvm.nvvm.fmax.f(float %1357, float %1358)
	%1445 = call float @llvm.nvvm.fmax.f(float %1361, float %1362)
	%1446 = call float @llvm.nvvm.fmax.f(float %1438, float %1439)
	%1447 = call float @llvm.nvvm.fmax.f(float %1440, float %1441)
	%1448 = call float @llvm.nvvm.fmax.f(float %1442, float %1443)
	%1449 = call float @llvm.nvvm.fmax.f(float %1444, float %1445)
	%1450 = call float @llvm.nvvm.fmax.f(float %1446, float %1447)
	%1451 = call float @llvm.nvvm.fmax.f(float %1448, float %1449)
	%1452 = call float @llvm.nvvm.fmax.f(float %1450, float %1451)
	%1453 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1452, i32 1, i32 31)
	%1454 = call float @llvm.nvvm.fmax.f(float %1452, float %1453)
	%1455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1454, i32 2, i32 31)
	%1456 = call float @llvm.nvvm.fmax.f(float %1454, float %1455)
	%1457 = fmul float %1456, 0x3FC7154760000000
	%1458 = call float @llvm.nvvm.fmax.f(float %209, float %1457)
	%1459 = fcmp oeq float %1458, 0xFFF0000000000000
	%1460 = select i1 %1459, float 0.0, float %1458
	%1461 = fsub float %209, %1460
	%1462 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1461)
	%1463 = fneg float %1460
	%1464 = call float @llvm.fma.f32(float %1333, float 0x3FC7154760000000, float %1463)
	%1465 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1464)
	%1466 = call float @llvm.fma.f32(float %1334, float 0x3FC7154760000000, float %1463)
	%1467 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1466)
	%1468 = call float @llvm.fma.f32(float %1337, float 0x3FC7154760000000, float %1463)
	%1469 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1468)
	%1470 = call float @llvm.fma.f32(float %1338, float 0x3FC7154760000000, float %1463)
	%1471 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1470)
	%1472 = call float @llvm.fma.f32(float %1341, float 0x3FC7154760000000, float %1463)
	%1473 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1472)
	%1474 = call float @llvm.fma.f32(float %1342, float 0x3FC7154760000000, float %1463)
	%1475 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1474)
	%1476 = call float @llvm.fma.f32(float %1345, float 0x3FC7154760000000, float %1463)
	%1477 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1476)
	%1478 = call float @llvm.fma.f32(float %1346, float 0x3FC7154760000000, float %1463)
	%1479 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1478)
	%1480 = call float @llvm.fma.f32(float %1349, float 0x3FC7154760000000, float %1463)
	%1481 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1480)
	%1482 = call float @llvm.fma.f32(float %1350, float 0x3FC7154760000000, float %1463)
	%1483 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1482)
	%1484 = call float @llvm.fma.f32(float %1353, float 0x3FC7154760000000, float %1463)
	%1485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1484)
	%1486 = call float @llvm.fma.f32(float %1354, float 0x3FC7154760000000, float %1463)
	%1487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1486)
	%1488 = call float @llvm.fma.f32(float %1357, float 0x3FC7154760000000, float %1463)
	%1489 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1488)
	%1490 = call float @llvm.fma.f32(float %1358, float 0x3FC7154760000000, float %1463)
	%1491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1490)
	%1492 = call float @llvm.fma.f32(float %1361, float 0x3FC7154760000000, float %1463)
	%1493 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1492)
	%1494 = call float @llvm.fma.f32(float %1362, float 0x3FC7154760000000, float %1463)
	%1495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1494)
	%1496 = fadd float %1465, %1467
	%1497 = fadd float %1469, %1471
	%1498 = fadd float %1473, %1475
	%1499 = fadd float %1477, %1479
	%1500 = fadd float %1481, %1483
	%1501 = fadd float %1485, %1487
	%1502 = fadd float %1489, %1491
	%1503 = fadd float %1493, %1495
	%1504 = fadd float %1496, %1497
	%1505 = fadd float %1498, %1499
	%1506 = fadd float %1500, %1501
	%1507 = fadd float %1502, %1503
	%1508 = fadd float %1504, %1505
	%1509 = fadd float %1506, %1507
	%1510 = fadd float %1508, %1509
	%1511 = fmul float %210, %1462
	%1512 = fadd float %1511, %1510
	%1513 = add i32 %173, 1
	%1514 = icmp slt i32 %1513, %NK
	%1515 = select i1 %1514, i32 %1513, i32 0
	%1516 = add i32 %29, %1515
	%1517 = sext i32 %1516 to i64
	%1518 = getelementptr i32, i32* %list, i64 %1517
	%1519 = load i32, i32* %1518
	%1520 = select i1 %1514, i32 %1519, i32 -1
	%1521 = icmp sge i32 %1520, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1521, label %prefetch, label %pv

prefetch:
	%1522 = icmp sge i32 %1520, %NK
	%1523 = select i1 %1522, i16* %37, i16* %20
	%1524 = sub i32 %1520, %NK
	%1525 = select i1 %1522, i32 %1524, i32 %1520
	%1526 = mul i32 %1525, 64
	%1527 = select i1 %1522, i32 %NK, i32 %N
	%1528 = lshr i32 %2, 3
	%1529 = and i32 %2, 7
	%1530 = and i32 %1528, 7
	%1531 = xor i32 %1529, %1530
	%1532 = mul i32 %1528, 8
	%1533 = add i32 %1532, %1531
	%1534 = shl i32 %1533, 4
	%1535 = add i32 %0, %1534
	%1536 = add i32 %1526, %1528
	%1537 = mul i32 %1536, 64
	%1538 = mul i32 %1529, 8
	%1539 = add i32 %1537, %1538
	%1540 = sext i32 %1539 to i64
	%1541 = getelementptr i16, i16* %1523, i64 %1540
	%1542 = add i32 %1536, 0
	%1543 = icmp slt i32 %1542, %1527
	%1544 = getelementptr i16, i16* %1541, i64 0
	%1545 = select i1 %1543, i16* %1544, i16* %1523
	%1546 = add i32 %1535, 0
	%1547 = select i1 %1543, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1546, i16* %1545, i32 %1547)
	%1548 = add i32 %1536, 16
	%1549 = icmp slt i32 %1548, %1527
	%1550 = getelementptr i16, i16* %1541, i64 1024
	%1551 = select i1 %1549, i16* %1550, i16* %1523
	%1552 = add i32 %1535, 2048
	%1553 = select i1 %1549, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1552, i16* %1551, i32 %1553)
	%1554 = add i32 %1536, 32
	%1555 = icmp slt i32 %1554, %1527
	%1556 = getelementptr i16, i16* %1541, i64 2048
	%1557 = select i1 %1555, i16* %1556, i16* %1523
	%1558 = add i32 %1535, u0x1000
	%1559 = select i1 %1555, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1558, i16* %1557, i32 %1559)
	%1560 = add i32 %1536, 48
	%1561 = icmp slt i32 %1560, %1527
	%1562 = getelementptr i16, i16* %1541, i64 3072
	%1563 = select i1 %1561, i16* %1562, i16* %1523
	%1564 = add i32 %1535, 6144
	%1565 = select i1 %1561, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1564, i16* %1563, i32 %1565)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1566 = fmul float %175, %1387
	%1567 = fmul float %176, %1387
	%1568 = fmul float %177, %1462
	%1569 = fmul float %178, %1462
	%1570 = fmul float %179, %1387
	%1571 = fmul float %180, %1387
	%1572 = fmul float %181, %1462
	%1573 = fmul float %182, %1462
	%1574 = fmul float %183, %1387
	%1575 = fmul float %184, %1387
	%1576 = fmul float %185, %1462
	%1577 = fmul float %186, %1462
	%1578 = fmul float %187, %1387
	%1579 = fmul float %188, %1387
	%1580 = fmul float %189, %1462
	%1581 = fmul float %190, %1462
	%1582 = fmul float %191, %1387
	%1583 = fmul float %192, %1387
	%1584 = fmul float %193, %1462
	%1585 = fmul float %194, %1462
	%1586 = fmul float %195, %1387
	%1587 = fmul float %196, %1387
	%1588 = fmul float %197, %1462
	%1589 = fmul float %198, %1462
	%1590 = fmul float %199, %1387
	%1591 = fmul float %200, %1387
	%1592 = fmul float %201, %1462
	%1593 = fmul float %202, %1462
	%1594 = fmul float %203, %1387
	%1595 = fmul float %204, %1387
	%1596 = fmul float %205, %1462
	%1597 = fmul float %206, %1462
	%1598 = and i32 %4, 7
	%1599 = lshr i32 %4, 3
	%1600 = and i32 %1599, 1
	%1601 = shl i32 %1600, 3
	%1602 = add i32 %1598, %1601
	%1603 = mul i32 %1602, 128
	%1604 = add i32 %1, %1603
	%1605 = and i32 %4, 7
	%1606 = xor i32 %95, %1605
	%1607 = shl i32 %1606, 4
	%1608 = add i32 %1604, %1607
	%1609 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1392, float %1390)
	%1610 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1467, float %1465)
	%1611 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1396, float %1394)
	%1612 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1471, float %1469)
	%1613 = xor i32 %1608, 0
	%1614 = add i32 %1613, 0
	%1615 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1614)
	%1616 = extractvalue { i32, i32, i32, i32 } %1615, 0
	%1617 = extractvalue { i32, i32, i32, i32 } %1615, 1
	%1618 = extractvalue { i32, i32, i32, i32 } %1615, 2
	%1619 = extractvalue { i32, i32, i32, i32 } %1615, 3
	%1620 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1609, i32 %1610, i32 %1611, i32 %1612, i32 %1616, i32 %1617, float %1566, float %1567, float %1568, float %1569)
	%1621 = extractvalue { float, float, float, float } %1620, 0
	%1622 = extractvalue { float, float, float, float } %1620, 1
	%1623 = extractvalue { float, float, float, float } %1620, 2
	%1624 = extractvalue { float, float, float, float } %1620, 3
	%1625 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1609, i32 %1610, i32 %1611, i32 %1612, i32 %1618, i32 %1619, float %1570, float %1571, float %1572, float %1573)
	%1626 = extractvalue { float, float, float, float } %1625, 0
	%1627 = extractvalue { float, float, float, float } %1625, 1
	%1628 = extractvalue { float, float, float, float } %1625, 2
	%1629 = extractvalue { float, float, float, float } %1625, 3
	%1630 = xor i32 %1608, 32
	%1631 = add i32 %1630, 0
	%1632 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1631)
	%1633 = extractvalue { i32, i32, i32, i32 } %1632, 0
	%1634 = extractvalue { i32, i32, i32, i32 } %1632, 1
	%1635 = extractvalue { i32, i32, i32, i32 } %1632, 2
	%1636 = extractvalue { i32, i32, i32, i32 } %1632, 3
	%1637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1609, i32 %1610, i32 %1611, i32 %1612, i32 %1633, i32 %1634, float %1574, float %1575, float %1576, float %1577)
	%1638 = extractvalue { float, float, float, float } %1637, 0
	%1639 = extractvalue { float, float, float, float } %1637, 1
	%1640 = extractvalue { float, float, float, float } %1637, 2
	%1641 = extractvalue { float, float, float, float } %1637, 3
	%1642 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1609, i32 %1610, i32 %1611, i32 %1612, i32 %1635, i32 %1636, float %1578, float %1579, float %1580, float %1581)
	%1643 = extractvalue { float, float, float, float } %1642, 0
	%1644 = extractvalue { float, float, float, float } %1642, 1
	%1645 = extractvalue { float, float, float, float } %1642, 2
	%1646 = extractvalue { float, float, float, float } %1642, 3
	%1647 = xor i32 %1608, 64
	%1648 = add i32 %1647, 0
	%1649 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1648)
	%1650 = extractvalue { i32, i32, i32, i32 } %1649, 0
	%1651 = extractvalue { i32, i32, i32, i32 } %1649, 1
	%1652 = extractvalue { i32, i32, i32, i32 } %1649, 2
	%1653 = extractvalue { i32, i32, i32, i32 } %1649, 3
	%1654 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1609, i32 %1610, i32 %1611, i32 %1612, i32 %1650, i32 %1651, float %1582, float %1583, float %1584, float %1585)
	%1655 = extractvalue { float, float, float, float } %1654, 0
	%1656 = extractvalue { float, float, float, float } %1654, 1
	%1657 = extractvalue { float, float, float, float } %1654, 2
	%1658 = extractvalue { float, float, float, float } %1654, 3
	%1659 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1609, i32 %1610, i32 %1611, i32 %1612, i32 %1652, i32 %1653, float %1586, float %1587, float %1588, float %1589)
	%1660 = extractvalue { float, float, float, float } %1659, 0
	%1661 = extractvalue { float, float, float, float } %1659, 1
	%1662 = extractvalue { float, float, float, float } %1659, 2
	%1663 = extractvalue { float, float, float, float } %1659, 3
	%1664 = xor i32 %1608, 96
	%1665 = add i32 %1664, 0
	%1666 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1665)
	%1667 = extractvalue { i32, i32, i32, i32 } %1666, 0
	%1668 = extractvalue { i32, i32, i32, i32 } %1666, 1
	%1669 = extractvalue { i32, i32, i32, i32 } %1666, 2
	%1670 = extractvalue { i32, i32, i32, i32 } %1666, 3
	%1671 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1609, i32 %1610, i32 %1611, i32 %1612, i32 %1667, i32 %1668, float %1590, float %1591, float %1592, float %1593)
	%1672 = extractvalue { float, float, float, float } %1671, 0
	%1673 = extractvalue { float, float, float, float } %1671, 1
	%1674 = extractvalue { float, float, float, float } %1671, 2
	%1675 = extractvalue { float, float, float, float } %1671, 3
	%1676 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1609, i32 %1610, i32 %1611, i32 %1612, i32 %1669, i32 %1670, float %1594, float %1595, float %1596, float %1597)
	%1677 = extractvalue { float, float, float, float } %1676, 0
	%1678 = extractvalue { float, float, float, float } %1676, 1
	%1679 = extractvalue { float, float, float, float } %1676, 2
	%1680 = extractvalue { float, float, float, float } %1676, 3
	%1681 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1400, float %1398)
	%1682 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1475, float %1473)
	%1683 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1404, float %1402)
	%1684 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1477)
	%1685 = xor i32 %1608, 0
	%1686 = add i32 %1685, 2048
	%1687 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1686)
	%1688 = extractvalue { i32, i32, i32, i32 } %1687, 0
	%1689 = extractvalue { i32, i32, i32, i32 } %1687, 1
	%1690 = extractvalue { i32, i32, i32, i32 } %1687, 2
	%1691 = extractvalue { i32, i32, i32, i32 } %1687, 3
	%1692 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1681, i32 %1682, i32 %1683, i32 %1684, i32 %1688, i32 %1689, float %1621, float %1622, float %1623, float %1624)
	%1693 = extractvalue { float, float, float, float } %1692, 0
	%1694 = extractvalue { float, float, float, float } %1692, 1
	%1695 = extractvalue { float, float, float, float } %1692, 2
	%1696 = extractvalue { float, float, float, float } %1692, 3
	%1697 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1681, i32 %1682, i32 %1683, i32 %1684, i32 %1690, i32 %1691, float %1626, float %1627, float %1628, float %1629)
	%1698 = extractvalue { float, float, float, float } %1697, 0
	%1699 = extractvalue { float, float, float, float } %1697, 1
	%1700 = extractvalue { float, float, float, float } %1697, 2
	%1701 = extractvalue { float, float, float, float } %1697, 3
	%1702 = xor i32 %1608, 32
	%1703 = add i32 %1702, 2048
	%1704 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1703)
	%1705 = extractvalue { i32, i32, i32, i32 } %1704, 0
	%1706 = extractvalue { i32, i32, i32, i32 } %1704, 1
	%1707 = extractvalue { i32, i32, i32, i32 } %1704, 2
	%1708 = extractvalue { i32, i32, i32, i32 } %1704, 3
	%1709 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1681, i32 %1682, i32 %1683, i32 %1684, i32 %1705, i32 %1706, float %1638, float %1639, float %1640, float %1641)
	%1710 = extractvalue { float, float, float, float } %1709, 0
	%1711 = extractvalue { float, float, float, float } %1709, 1
	%1712 = extractvalue { float, float, float, float } %1709, 2
	%1713 = extractvalue { float, float, float, float } %1709, 3
	%1714 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1681, i32 %1682, i32 %1683, i32 %1684, i32 %1707, i32 %1708, float %1643, float %1644, float %1645, float %1646)
	%1715 = extractvalue { float, float, float, float } %1714, 0
	%1716 = extractvalue { float, float, float, float } %1714, 1
	%1717 = extractvalue { float, float, float, float } %1714, 2
	%1718 = extractvalue { float, float, float, float } %1714, 3
	%1719 = xor i32 %1608, 64
	%1720 = add i32 %1719, 2048
	%1721 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1720)
	%1722 = extractvalue { i32, i32, i32, i32 } %1721, 0
	%1723 = extractvalue { i32, i32, i32, i32 } %1721, 1
	%1724 = extractvalue { i32, i32, i32, i32 } %1721, 2
	%1725 = extractvalue { i32, i32, i32, i32 } %1721, 3
	%1726 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1681, i32 %1682, i32 %1683, i32 %1684, i32 %1722, i32 %1723, float %1655, float %1656, float %1657, float %1658)
	%1727 = extractvalue { float, float, float, float } %1726, 0
	%1728 = extractvalue { float, float, float, float } %1726, 1
	%1729 = extractvalue { float, float, float, float } %1726, 2
	%1730 = extractvalue { float, float, float, float } %1726, 3
	%1731 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1681, i32 %1682, i32 %1683, i32 %1684, i32 %1724, i32 %1725, float %1660, float %1661, float %1662, float %1663)
	%1732 = extractvalue { float, float, float, float } %1731, 0
	%1733 = extractvalue { float, float, float, float } %1731, 1
	%1734 = extractvalue { float, float, float, float } %1731, 2
	%1735 = extractvalue { float, float, float, float } %1731, 3
	%1736 = xor i32 %1608, 96
	%1737 = add i32 %1736, 2048
	%1738 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1737)
	%1739 = extractvalue { i32, i32, i32, i32 } %1738, 0
	%1740 = extractvalue { i32, i32, i32, i32 } %1738, 1
	%1741 = extractvalue { i32, i32, i32, i32 } %1738, 2
	%1742 = extractvalue { i32, i32, i32, i32 } %1738, 3
	%1743 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1681, i32 %1682, i32 %1683, i32 %1684, i32 %1739, i32 %1740, float %1672, float %1673, float %1674, float %1675)
	%1744 = extractvalue { float, float, float, float } %1743, 0
	%1745 = extractvalue { float, float, float, float } %1743, 1
	%1746 = extractvalue { float, float, float, float } %1743, 2
	%1747 = extractvalue { float, float, float, float } %1743, 3
	%1748 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1681, i32 %1682, i32 %1683, i32 %1684, i32 %1741, i32 %1742, float %1677, float %1678, float %1679, float %1680)
	%1749 = extractvalue { float, float, float, float } %1748, 0
	%1750 = extractvalue { float, float, float, float } %1748, 1
	%1751 = extractvalue { float, float, float, float } %1748, 2
	%1752 = extractvalue { float, float, float, float } %1748, 3
	%1753 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1408, float %1406)
	%1754 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1483, float %1481)
	%1755 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1412, float %1410)
	%1756 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1487, float %1485)
	%1757 = xor i32 %1608, 0
	%1758 = add i32 %1757, u0x1000
	%1759 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1758)
	%1760 = extractvalue { i32, i32, i32, i32 } %1759, 0
	%1761 = extractvalue { i32, i32, i32, i32 } %1759, 1
	%1762 = extractvalue { i32, i32, i32, i32 } %1759, 2
	%1763 = extractvalue { i32, i32, i32, i32 } %1759, 3
	%1764 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1753, i32 %1754, i32 %1755, i32 %1756, i32 %1760, i32 %1761, float %1693, float %1694, float %1695, float %1696)
	%1765 = extractvalue { float, float, float, float } %1764, 0
	%1766 = extractvalue { float, float, float, float } %1764, 1
	%1767 = extractvalue { float, float, float, float } %1764, 2
	%1768 = extractvalue { float, float, float, float } %1764, 3
	%1769 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1753, i32 %1754, i32 %1755, i32 %1756, i32 %1762, i32 %1763, float %1698, float %1699, float %1700, float %1701)
	%1770 = extractvalue { float, float, float, float } %1769, 0
	%1771 = extractvalue { float, float, float, float } %1769, 1
	%1772 = extractvalue { float, float, float, float } %1769, 2
	%1773 = extractvalue { float, float, float, float } %1769, 3
	%1774 = xor i32 %1608, 32
	%1775 = add i32 %1774, u0x1000
	%1776 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1775)
	%1777 = extractvalue { i32, i32, i32, i32 } %1776, 0
	%1778 = extractvalue { i32, i32, i32, i32 } %1776, 1
	%1779 = extractvalue { i32, i32, i32, i32 } %1776, 2
	%1780 = extractvalue { i32, i32, i32, i32 } %1776, 3
	%1781 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1753, i32 %1754, i32 %1755, i32 %1756, i32 %1777, i32 %1778, float %1710, float %1711, float %1712, float %1713)
	%1782 = extractvalue { float, float, float, float } %1781, 0
	%1783 = extractvalue { float, float, float, float } %1781, 1
	%1784 = extractvalue { float, float, float, float } %1781, 2
	%1785 = extractvalue { float, float, float, float } %1781, 3
	%1786 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1753, i32 %1754, i32 %1755, i32 %1756, i32 %1779, i32 %1780, float %1715, float %1716, float %1717, float %1718)
	%1787 = extractvalue { float, float, float, float } %1786, 0
	%1788 = extractvalue { float, float, float, float } %1786, 1
	%1789 = extractvalue { float, float, float, float } %1786, 2
	%1790 = extractvalue { float, float, float, float } %1786, 3
	%1791 = xor i32 %1608, 64
	%1792 = add i32 %1791, u0x1000
	%1793 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1792)
	%1794 = extractvalue { i32, i32, i32, i32 } %1793, 0
	%1795 = extractvalue { i32, i32, i32, i32 } %1793, 1
	%1796 = extractvalue { i32, i32, i32, i32 } %1793, 2
	%1797 = extractvalue { i32, i32, i32, i32 } %1793, 3
	%1798 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1753, i32 %1754, i32 %1755, i32 %1756, i32 %1794, i32 %1795, float %1727, float %1728, float %1729, float %1730)
	%1799 = extractvalue { float, float, float, float } %1798, 0
	%1800 = extractvalue { float, float, float, float } %1798, 1
	%1801 = extractvalue { float, float, float, float } %1798, 2
	%1802 = extractvalue { float, float, float, float } %1798, 3
	%1803 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1753, i32 %1754, i32 %1755, i32 %1756, i32 %1796, i32 %1797, float %1732, float %1733, float %1734, float %1735)
	%1804 = extractvalue { float, float, float, float } %1803, 0
	%1805 = extractvalue { float, float, float, float } %1803, 1
	%1806 = extractvalue { float, float, float, float } %1803, 2
	%1807 = extractvalue { float, float, float, float } %1803, 3
	%1808 = xor i32 %1608, 96
	%1809 = add i32 %1808, u0x1000
	%1810 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1809)
	%1811 = extractvalue { i32, i32, i32, i32 } %1810, 0
	%1812 = extractvalue { i32, i32, i32, i32 } %1810, 1
	%1813 = extractvalue { i32, i32, i32, i32 } %1810, 2
	%1814 = extractvalue { i32, i32, i32, i32 } %1810, 3
	%1815 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1753, i32 %1754, i32 %1755, i32 %1756, i32 %1811, i32 %1812, float %1744, float %1745, float %1746, float %1747)
	%1816 = extractvalue { float, float, float, float } %1815, 0
	%1817 = extractvalue { float, float, float, float } %1815, 1
	%1818 = extractvalue { float, float, float, float } %1815, 2
	%1819 = extractvalue { float, float, float, float } %1815, 3
	%1820 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1753, i32 %1754, i32 %1755, i32 %1756, i32 %1813, i32 %1814, float %1749, float %1750, float %1751, float %1752)
	%1821 = extractvalue { float, float, float, float } %1820, 0
	%1822 = extractvalue { float, float, float, float } %1820, 1
	%1823 = extractvalue { float, float, float, float } %1820, 2
	%1824 = extractvalue { float, float, float, float } %1820, 3
	%1825 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1416, float %1414)
	%1826 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1491, float %1489)
	%1827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1420, float %1418)
	%1828 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1495, float %1493)
	%1829 = xor i32 %1608, 0
	%1830 = add i32 %1829, 6144
	%1831 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1830)
	%1832 = extractvalue { i32, i32, i32, i32 } %1831, 0
	%1833 = extractvalue { i32, i32, i32, i32 } %1831, 1
	%1834 = extractvalue { i32, i32, i32, i32 } %1831, 2
	%1835 = extractvalue { i32, i32, i32, i32 } %1831, 3
	%1836 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1825, i32 %1826, i32 %1827, i32 %1828, i32 %1832, i32 %1833, float %1765, float %1766, float %1767, float %1768)
	%1837 = extractvalue { float, float, float, float } %1836, 0
	%1838 = extractvalue { float, float, float, float } %1836, 1
	%1839 = extractvalue { float, float, float, float } %1836, 2
	%1840 = extractvalue { float, float, float, float } %1836, 3
	%1841 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1825, i32 %1826, i32 %1827, i32 %1828, i32 %1834, i32 %1835, float %1770, float %1771, float %1772, float %1773)
	%1842 = extractvalue { float, float, float, float } %1841, 0
	%1843 = extractvalue { float, float, float, float } %1841, 1
	%1844 = extractvalue { float, float, float, float } %1841, 2
	%1845 = extractvalue { float, float, float, float } %1841, 3
	%1846 = xor i32 %1608, 32
	%1847 = add i32 %1846, 6144
	%1848 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1847)
	%1849 = extractvalue { i32, i32, i32, i32 } %1848, 0
	%1850 = extractvalue { i32, i32, i32, i32 } %1848, 1
	%1851 = extractvalue { i32, i32, i32, i32 } %1848, 2
	%1852 = extractvalue { i32, i32, i32, i32 } %1848, 3
	%1853 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1825, i32 %1826, i32 %1827, i32 %1828, i32 %1849, i32 %1850, float %1782, float %1783, float %1784, float %1785)
	%1854 = extractvalue { float, float, float, float } %1853, 0
	%1855 = extractvalue { float, float, float, float } %1853, 1
	%1856 = extractvalue { float, float, float, float } %1853, 2
	%1857 = extractvalue { float, float, float, float } %1853, 3
	%1858 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1825, i32 %1826, i32 %1827, i32 %1828, i32 %1851, i32 %1852, float %1787, float %1788, float %1789, float %1790)
	%1859 = extractvalue { float, float, float, float } %1858, 0
	%1860 = extractvalue { float, float, float, float } %1858, 1
	%1861 = extractvalue { float, float, float, float } %1858, 2
	%1862 = extractvalue { float, float, float, float } %1858, 3
	%1863 = xor i32 %1608, 64
	%1864 = add i32 %1863, 6144
	%1865 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1864)
	%1866 = extractvalue { i32, i32, i32, i32 } %1865, 0
	%1867 = extractvalue { i32, i32, i32, i32 } %1865, 1
	%1868 = extractvalue { i32, i32, i32, i32 } %1865, 2
	%1869 = extractvalue { i32, i32, i32, i32 } %1865, 3
	%1870 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1825, i32 %1826, i32 %1827, i32 %1828, i32 %1866, i32 %1867, float %1799, float %1800, float %1801, float %1802)
	%1871 = extractvalue { float, float, float, float } %1870, 0
	%1872 = extractvalue { float, float, float, float } %1870, 1
	%1873 = extractvalue { float, float, float, float } %1870, 2
	%1874 = extractvalue { float, float, float, float } %1870, 3
	%1875 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1825, i32 %1826, i32 %1827, i32 %1828, i32 %1868, i32 %1869, float %1804, float %1805, float %1806, float %1807)
	%1876 = extractvalue { float, float, float, float } %1875, 0
	%1877 = extractvalue { float, float, float, float } %1875, 1
	%1878 = extractvalue { float, float, float, float } %1875, 2
	%1879 = extractvalue { float, float, float, float } %1875, 3
	%1880 = xor i32 %1608, 96
	%1881 = add i32 %1880, 6144
	%1882 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1881)
	%1883 = extractvalue { i32, i32, i32, i32 } %1882, 0
	%1884 = extractvalue { i32, i32, i32, i32 } %1882, 1
	%1885 = extractvalue { i32, i32, i32, i32 } %1882, 2
	%1886 = extractvalue { i32, i32, i32, i32 } %1882, 3
	%1887 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1825, i32 %1826, i32 %1827, i32 %1828, i32 %1883, i32 %1884, float %1816, float %1817, float %1818, float %1819)
	%1888 = extractvalue { float, float, float, float } %1887, 0
	%1889 = extractvalue { float, float, float, float } %1887, 1
	%1890 = extractvalue { float, float, float, float } %1887, 2
	%1891 = extractvalue { float, float, float, float } %1887, 3
	%1892 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1825, i32 %1826, i32 %1827, i32 %1828, i32 %1885, i32 %1886, float %1821, float %1822, float %1823, float %1824)
	%1893 = extractvalue { float, float, float, float } %1892, 0
	%1894 = extractvalue { float, float, float, float } %1892, 1
	%1895 = extractvalue { float, float, float, float } %1892, 2
	%1896 = extractvalue { float, float, float, float } %1892, 3
	br i1 %1521, label %loop, label %epilogue

store0:
	%1897 = mul i32 %10, %M
	%1898 = add i32 %1897, %582
	%1899 = mul i32 %1898, 64
	%1900 = shl i32 %6, 1
	%1901 = add i32 0, %1900
	%1902 = add i32 %1899, %1901
	%1903 = sext i32 %1902 to i64
	%1904 = getelementptr i16, i16* %out, i64 %1903
	%1905 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %584, float %583)
	%1906 = bitcast i16* %1904 to i32*
	store i32 %1905, i32* %1906
	%1907 = shl i32 %6, 1
	%1908 = add i32 8, %1907
	%1909 = add i32 %1899, %1908
	%1910 = sext i32 %1909 to i64
	%1911 = getelementptr i16, i16* %out, i64 %1910
	%1912 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %586, float %585)
	%1913 = bitcast i16* %1911 to i32*
	store i32 %1912, i32* %1913
	%1914 = shl i32 %6, 1
	%1915 = add i32 16, %1914
	%1916 = add i32 %1899, %1915
	%1917 = sext i32 %1916 to i64
	%1918 = getelementptr i16, i16* %out, i64 %1917
	%1919 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %588, float %587)
	%1920 = bitcast i16* %1918 to i32*
	store i32 %1919, i32* %1920
	%1921 = shl i32 %6, 1
	%1922 = add i32 24, %1921
	%1923 = add i32 %1899, %1922
	%1924 = sext i32 %1923 to i64
	%1925 = getelementptr i16, i16* %out, i64 %1924
	%1926 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %590, float %589)
	%1927 = bitcast i16* %1925 to i32*
	store i32 %1926, i32* %1927
	%1928 = shl i32 %6, 1
	%1929 = add i32 32, %1928
	%1930 = add i32 %1899, %1929
	%1931 = sext i32 %1930 to i64
	%1932 = getelementptr i16, i16* %out, i64 %1931
	%1933 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %592, float %591)
	%1934 = bitcast i16* %1932 to i32*
	store i32 %1933, i32* %1934
	%1935 = shl i32 %6, 1
	%1936 = add i32 40, %1935
	%1937 = add i32 %1899, %1936
	%1938 = sext i32 %1937 to i64
	%1939 = getelementptr i16, i16* %out, i64 %1938
	%1940 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %594, float %593)
	%1941 = bitcast i16* %1939 to i32*
	store i32 %1940, i32* %1941
	%1942 = shl i32 %6, 1
	%1943 = add i32 48, %1942
	%1944 = add i32 %1899, %1943
	%1945 = sext i32 %1944 to i64
	%1946 = getelementptr i16, i16* %out, i64 %1945
	%1947 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %596, float %595)
	%1948 = bitcast i16* %1946 to i32*
	store i32 %1947, i32* %1948
	%1949 = shl i32 %6, 1
	%1950 = add i32 56, %1949
	%1951 = add i32 %1899, %1950
	%1952 = sext i32 %1951 to i64
	%1953 = getelementptr i16, i16* %out, i64 %1952
	%1954 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %598, float %597)
	%1955 = bitcast i16* %1953 to i32*
	store i32 %1954, i32* %1955
	br label %stored0

stored0:
	%1956 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %538, i32 1, i32 31)
	%1957 = fadd float %538, %1956
	%1958 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1957, i32 2, i32 31)
	%1959 = fadd float %1957, %1958
	%1960 = fcmp ogt float %1959, 0.0
	%1961 = fdiv float 1.0, %1959
	%1962 = select i1 %1960, float %1961, float 0.0
	%1963 = mul i32 %3, 16
	%1964 = add i32 %12, %1963
	%1965 = add i32 %5, 8
	%1966 = add i32 %1964, %1965
	%1967 = fmul float %542, %1962
	%1968 = fmul float %543, %1962
	%1969 = fmul float %546, %1962
	%1970 = fmul float %547, %1962
	%1971 = fmul float %550, %1962
	%1972 = fmul float %551, %1962
	%1973 = fmul float %554, %1962
	%1974 = fmul float %555, %1962
	%1975 = fmul float %558, %1962
	%1976 = fmul float %559, %1962
	%1977 = fmul float %562, %1962
	%1978 = fmul float %563, %1962
	%1979 = fmul float %566, %1962
	%1980 = fmul float %567, %1962
	%1981 = fmul float %570, %1962
	%1982 = fmul float %571, %1962
	%1983 = icmp slt i32 %1966, %M
	br i1 %1983, label %store1, label %stored1

store1:
	%1984 = mul i32 %10, %M
	%1985 = add i32 %1984, %1966
	%1986 = mul i32 %1985, 64
	%1987 = shl i32 %6, 1
	%1988 = add i32 0, %1987
	%1989 = add i32 %1986, %1988
	%1990 = sext i32 %1989 to i64
	%1991 = getelementptr i16, i16* %out, i64 %1990
	%1992 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1968, float %1967)
	%1993 = bitcast i16* %1991 to i32*
	store i32 %1992, i32* %1993
	%1994 = shl i32 %6, 1
	%1995 = add i32 8, %1994
	%1996 = add i32 %1986, %1995
	%1997 = sext i32 %1996 to i64
	%1998 = getelementptr i16, i16* %out, i64 %1997
	%1999 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1970, float %1969)
	%2000 = bitcast i16* %1998 to i32*
	store i32 %1999, i32* %2000
	%2001 = shl i32 %6, 1
	%2002 = add i32 16, %2001
	%2003 = add i32 %1986, %2002
	%2004 = sext i32 %2003 to i64
	%2005 = getelementptr i16, i16* %out, i64 %2004
	%2006 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1972, float %1971)
	%2007 = bitcast i16* %2005 to i32*
	store i32 %2006, i32* %2007
	%2008 = shl i32 %6, 1
	%2009 = add i32 24, %2008
	%2010 = add i32 %1986, %2009
	%2011 = sext i32 %2010 to i64
	%2012 = getelementptr i16, i16* %out, i64 %2011
	%2013 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1974, float %1973)
	%2014 = bitcast i16* %2012 to i32*
	store i32 %2013, i32* %2014
	%2015 = shl i32 %6, 1
	%2016 = add i32 32, %2015
	%2017 = add i32 %1986, %2016
	%2018 = sext i32 %2017 to i64
	%2019 = getelementptr i16, i16* %out, i64 %2018
	%2020 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1976, float %1975)
	%2021 = bitcast i16* %2019 to i32*
	store i32 %2020, i32* %2021
	%2022 = shl i32 %6, 1
	%2023 = add i32 40, %2022
	%2024 = add i32 %1986, %2023
	%2025 = sext i32 %2024 to i64
	%2026 = getelementptr i16, i16* %out, i64 %2025
	%2027 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1978, float %1977)
	%2028 = bitcast i16* %2026 to i32*
	store i32 %2027, i32* %2028
	%2029 = shl i32 %6, 1
	%2030 = add i32 48, %2029
	%2031 = add i32 %1986, %2030
	%2032 = sext i32 %2031 to i64
	%2033 = getelementptr i16, i16* %out, i64 %2032
	%2034 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1980, float %1979)
	%2035 = bitcast i16* %2033 to i32*
	store i32 %2034, i32* %2035
	%2036 = shl i32 %6, 1
	%2037 = add i32 56, %2036
	%2038 = add i32 %1986, %2037
	%2039 = sext i32 %2038 to i64
	%2040 = getelementptr i16, i16* %out, i64 %2039
	%2041 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1982, float %1981)
	%2042 = bitcast i16* %2040 to i32*
	store i32 %2041, i32* %2042
	br label %stored1

stored1:
	ret void
}

declare float @llvm.nvvm.lg2.approx.ftz.f(float %p0)

define ptx_kernel void @best_attn2_kbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_vbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_comp(i32* %list, i8* %full, i32 %ch, i8* %comp, i32* %clist, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, %NQ
	%4 = add i32 %3, %1
	%5 = mul i32 %4, %NK
	%6 = mul i32 %2, %ch
	%7 = mul i32 %6, %NQ
	%8 = add i32 %7, %1
	%9 = mul i32 %8, %NK
	%10 = mul i32 %4, 2
	%11 = mul i32 %10, %NK
	br label %12

12:
	%13 = phi i32 [ %0, %entry ], [ %23, %15 ]
	%14 = icmp slt i32 %13, %NK
	br i1 %14, label %15, label %24

15:
	%16 = add i32 %9, %13
	%17 = sext i32 %16 to i64
	%18 = getelementptr i8, i8* %full, i64 %17
	%19 = load i8, i8* %18
	%20 = add i32 %5, %13
	%21 = sext i32 %20 to i64
	%22 = getelementptr i8, i8* %comp, i64 %21
	store i8 %19, i8* %22
	%23 = add i32 %13, 256
	br label %12

24:
	call void @llvm.nvvm.barrier0()
	br label %25

25:
	%26 = phi i32 [ %0, %24 ], [ %66, %63 ]
	%27 = phi i32 [ 0, %24 ], [ %65, %63 ]
	%28 = icmp slt i32 %26, %NK
	br i1 %28, label %29, label %35

29:
	%30 = add i32 %11, %26
	%31 = sext i32 %30 to i64
	%32 = getelementptr i32, i32* %list, i64 %31
	%33 = load i32, i32* %32
	%34 = icmp sge i32 %33, 0
	br i1 %34, label %59, label %63

35:
	%36 = and i32 %0, 31
	%37 = lshr i32 %0, 5
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%39 = icmp uge i32 %36, 1
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %27, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 2, i32 0)
	%43 = icmp uge i32 %36, 2
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 4, i32 0)
	%47 = icmp uge i32 %36, 4
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %49, i32 8, i32 0)
	%51 = icmp uge i32 %36, 8
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %49, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 16, i32 0)
	%55 = icmp uge i32 %36, 16
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = icmp eq i32 %36, 31
	br i1 %58, label %67, label %69

59:
	%60 = add i32 %5, %33
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %comp, i64 %61
	store i8 0, i8* %62
	br label %63

63:
	%64 = zext i1 %34 to i32
	%65 = add i32 %27, %64
	%66 = add i32 %26, 256
	br label %25

67:
	%68 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %37
	store i32 %57, i32 addrspace(3)* %68
	br label %69

69:
	call void @llvm.nvvm.barrier0()
	%70 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp sgt i32 %37, 0
	%73 = select i1 %72, i32 %71, i32 0
	%74 = add i32 0, %73
	%75 = add i32 0, %71
	%76 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%77 = load i32, i32 addrspace(3)* %76
	%78 = icmp sgt i32 %37, 1
	%79 = select i1 %78, i32 %77, i32 0
	%80 = add i32 %74, %79
	%81 = add i32 %75, %77
	%82 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%83 = load i32, i32 addrspace(3)* %82
	%84 = icmp sgt i32 %37, 2
	%85 = select i1 %84, i32 %83, i32 0
	%86 = add i32 %80, %85
	%87 = add i32 %81, %83
	%88 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp sgt i32 %37, 3
	%91 = select i1 %90, i32 %89, i32 0
	%92 = add i32 %86, %91
	%93 = add i32 %87, %89
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%95 = load i32, i32 addrspace(3)* %94
	%96 = icmp sgt i32 %37, 4
	%97 = select i1 %96, i32 %95, i32 0
	%98 = add i32 %92, %97
	%99 = add i32 %93, %95
	%100 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%101 = load i32, i32 addrspace(3)* %100
	%102 = icmp sgt i32 %37, 5
	%103 = select i1 %102, i32 %101, i32 0
	%104 = add i32 %98, %103
	%105 = add i32 %99, %101
	%106 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%107 = load i32, i32 addrspace(3)* %106
	%108 = icmp sgt i32 %37, 6
	%109 = select i1 %108, i32 %107, i32 0
	%110 = add i32 %104, %109
	%111 = add i32 %105, %107
	%112 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%113 = load i32, i32 addrspace(3)* %112
	%114 = icmp sgt i32 %37, 7
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %110, %115
	%117 = add i32 %111, %113
	%118 = add i32 %116, %57
	%119 = sub i32 %118, %27
	call void @llvm.nvvm.barrier0()
	br label %120

120:
	%121 = phi i32 [ %0, %69 ], [ %140, %123 ]
	%122 = icmp slt i32 %121, %117
	br i1 %122, label %123, label %141

123:
	%124 = mul i32 %NK, 0
	%125 = add i32 %11, %124
	%126 = add i32 %125, %121
	%127 = sext i32 %126 to i64
	%128 = getelementptr i32, i32* %list, i64 %127
	%129 = load i32, i32* %128
	%130 = sext i32 %126 to i64
	%131 = getelementptr i32, i32* %clist, i64 %130
	store i32 %129, i32* %131
	%132 = mul i32 %NK, 1
	%133 = add i32 %11, %132
	%134 = add i32 %133, %121
	%135 = sext i32 %134 to i64
	%136 = getelementptr i32, i32* %list, i64 %135
	%137 = load i32, i32* %136
	%138 = sext i32 %134 to i64
	%139 = getelementptr i32, i32* %clist, i64 %138
	store i32 %137, i32* %139
	%140 = add i32 %121, 256
	br label %120

141:
	%142 = add i32 %NK, 63
	%143 = sdiv i32 %142, 64
	%144 = add i32 %143, 255
	%145 = sdiv i32 %144, 256
	%146 = mul i32 %145, 256
	br label %147

147:
	%148 = phi i32 [ 0, %141 ], [ %266, %264 ]
	%149 = phi i32 [ 0, %141 ], [ %265, %264 ]
	%150 = icmp slt i32 %148, %146
	br i1 %150, label %151, label %157

151:
	%152 = add i32 %148, %0
	%153 = mul i32 %152, 64
	%154 = add i32 %153, 64
	%155 = icmp slt i32 %154, %NK
	%156 = select i1 %155, i32 %154, i32 %NK
	br label %160

157:
	%158 = add i32 %117, %149
	%159 = add i32 %158, %0
	br label %267

160:
	%161 = phi i32 [ %153, %151 ], [ %171, %164 ]
	%162 = phi i32 [ 0, %151 ], [ %170, %164 ]
	%163 = icmp slt i32 %161, %156
	br i1 %163, label %164, label %172

164:
	%165 = add i32 %5, %161
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %comp, i64 %166
	%168 = load i8, i8* %167
	%169 = zext i8 %168 to i32
	%170 = or i32 %162, %169
	%171 = add i32 %161, 1
	br label %160

172:
	%173 = icmp ne i32 %162, 0
	%174 = zext i1 %173 to i32
	%175 = and i32 %0, 31
	%176 = lshr i32 %0, 5
	%177 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %174, i32 1, i32 0)
	%178 = icmp uge i32 %175, 1
	%179 = select i1 %178, i32 %177, i32 0
	%180 = add i32 %174, %179
	%181 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %180, i32 2, i32 0)
	%182 = icmp uge i32 %175, 2
	%183 = select i1 %182, i32 %181, i32 0
	%184 = add i32 %180, %183
	%185 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %184, i32 4, i32 0)
	%186 = icmp uge i32 %175, 4
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %184, %187
	%189 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %188, i32 8, i32 0)
	%190 = icmp uge i32 %175, 8
	%191 = select i1 %190, i32 %189, i32 0
	%192 = add i32 %188, %191
	%193 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %192, i32 16, i32 0)
	%194 = icmp uge i32 %175, 16
	%195 = select i1 %194, i32 %193, i32 0
	%196 = add i32 %192, %195
	%197 = icmp eq i32 %175, 31
	br i1 %197, label %198, label %200

198:
	%199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %176
	store i32 %196, i32 addrspace(3)* %199
	br label %200

200:
	call void @llvm.nvvm.barrier0()
	%201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%202 = load i32, i32 addrspace(3)* %201
	%203 = icmp sgt i32 %176, 0
	%204 = select i1 %203, i32 %202, i32 0
	%205 = add i32 0, %204
	%206 = add i32 0, %202
	%207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%208 = load i32, i32 addrspace(3)* %207
	%209 = icmp sgt i32 %176, 1
	%210 = select i1 %209, i32 %208, i32 0
	%211 = add i32 %205, %210
	%212 = add i32 %206, %208
	%213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%214 = load i32, i32 addrspace(3)* %213
	%215 = icmp sgt i32 %176, 2
	%216 = select i1 %215, i32 %214, i32 0
	%217 = add i32 %211, %216
	%218 = add i32 %212, %214
	%219 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%220 = load i32, i32 addrspace(3)* %219
	%221 = icmp sgt i32 %176, 3
	%222 = select i1 %221, i32 %220, i32 0
	%223 = add i32 %217, %222
	%224 = add i32 %218, %220
	%225 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%226 = load i32, i32 addrspace(3)* %225
	%227 = icmp sgt i32 %176, 4
	%228 = select i1 %227, i32 %226, i32 0
	%229 = add i32 %223, %228
	%230 = add i32 %224, %226
	%231 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%232 = load i32, i32 addrspace(3)* %231
	%233 = icmp sgt i32 %176, 5
	%234 = select i1 %233, i32 %232, i32 0
	%235 = add i32 %229, %234
	%236 = add i32 %230, %232
	%237 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%238 = load i32, i32 addrspace(3)* %237
	%239 = icmp sgt i32 %176, 6
	%240 = select i1 %239, i32 %238, i32 0
	%241 = add i32 %235, %240
	%242 = add i32 %236, %238
	%243 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%244 = load i32, i32 addrspace(3)* %243
	%245 = icmp sgt i32 %176, 7
	%246 = select i1 %245, i32 %244, i32 0
	%247 = add i32 %241, %246
	%248 = add i32 %242, %244
	%249 = add i32 %247, %196
	%250 = sub i32 %249, %174
	%251 = add i32 %117, %149
	%252 = add i32 %251, %250
	%253 = icmp slt i32 %252, %NK
	%254 = and i1 %173, %253
	br i1 %254, label %255, label %264

255:
	%256 = add i32 %NK, %152
	%257 = add i32 %11, %252
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %clist, i64 %258
	store i32 %256, i32* %259
	%260 = add i32 %11, %NK
	%261 = add i32 %260, %252
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %clist, i64 %262
	store i32 0, i32* %263
	br label %264

264:
	call void @llvm.nvvm.barrier0()
	%265 = add i32 %149, %248
	%266 = add i32 %148, 256
	br label %147

267:
	%268 = phi i32 [ %159, %157 ], [ %278, %270 ]
	%269 = icmp slt i32 %268, %NK
	br i1 %269, label %270, label %279

270:
	%271 = add i32 %11, %268
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %clist, i64 %272
	store i32 -1, i32* %273
	%274 = add i32 %11, %NK
	%275 = add i32 %274, %268
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %clist, i64 %276
	store i32 -1, i32* %277
	%278 = add i32 %268, 256
	br label %267

279:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13, !14, !15, !16, !17, !18, !19, !20}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1, !"maxntidx", i32 256}
!1 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_init, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist24, !"maxntidx", i32 256}
!3 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick24, !"maxntidx", i32 256}
!4 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist16, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick16, !"maxntidx", i32 256}
!6 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist8, !"maxntidx", i32 256}
!7 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick8, !"maxntidx", i32 256}
!8 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist0, !"maxntidx", i32 256}
!9 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick0, !"maxntidx", i32 256}
!10 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_ties, !"maxntidx", i32 256}
!11 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_scan, !"maxntidx", i32 256}
!12 = !{void (i8*, i32, float*, i32*, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_take, !"maxntidx", i32 256}
!13 = !{void (i16*, float*, i32, i32)* @best_pool_q0, !"maxntidx", i32 64}
!14 = !{void (i16*, float*, i32, i32)* @best_pool_k0, !"maxntidx", i32 64}
!15 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @best_scores0, !"maxntidx", i32 256}
!16 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i16*, i16*, i8*)* @best_attn2, !"maxntidx", i32 128}
!17 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i16*, i16*, i8*)* @best_attn2, !"minctasm", i32 3}
!18 = !{void (i16*, i16*, i32, i32)* @best_attn2_kbar, !"maxntidx", i32 64}
!19 = !{void (i16*, i16*, i32, i32)* @best_attn2_vbar, !"maxntidx", i32 64}
!20 = !{void (i32*, i8*, i32, i8*, i32*, i32, i32)* @best_attn2_comp, !"maxntidx", i32 256}
